/**
 * Makes the page look like Excel to the add-in's unchanged code. Microsoft's office.js is loaded for
 * real (outside Office, `Office.onReady` resolves with no host); this adds only what a browser page
 * lacks:
 * - the global `Excel.run`, backed by the emulator (Excel's own API is the one thing emulated);
 * - `Office.context.requirements.isSetSupported`, `Office.context.displayLanguage` and
 *   `Office.addin.showAsTaskpane`, each only where office.js outside Office does not have it;
 * - the ribbon: `Office.actions.associate` is observed so that the playground's ribbon buttons can call
 *   the functions the manifest names, as Excel does when a button is pressed.
 */
import { compareVersions } from "./params";

/** Requirement sets this "Excel" claims, with the newest version of each. */
export type RequirementSets = Record<string, string>;

export interface OfficeShimOptions {
  /** The emulator's `run`. */
  run: typeof Excel.run;
  displayLanguage: string;
  requirementSets: RequirementSets;
  /** Called when the add-in asks for its task pane (`Office.addin.showAsTaskpane`). */
  showPane: () => void;
  /** Called after every `Excel.run` batch has finished, failed or not: the workbook may have changed. */
  afterRun: () => void;
}

/** An `Office.AddinCommands.Event` for a button press; `completed` resolves the promise. */
export interface RibbonPress {
  event: Office.AddinCommands.Event;
  done: Promise<void>;
}

type Loose = Record<string, unknown>;

function defineIfMissing(target: Loose, name: string, value: unknown): void {
  if (target[name] !== undefined && target[name] !== null) return;
  Object.defineProperty(target, name, { value, configurable: true, enumerable: true, writable: true });
}

export class OfficeShim {
  private readonly actions = new Map<string, (event: Office.AddinCommands.Event) => unknown>();

  constructor(private readonly options: OfficeShimOptions) {}

  install(): void {
    const { run, afterRun } = this.options;
    const excelRun = ((...args: unknown[]) => {
      const result = (run as (...a: unknown[]) => Promise<unknown>)(...args);
      result.then(afterRun, afterRun);
      return result;
    }) as typeof Excel.run;
    (globalThis as unknown as Loose).Excel = { run: excelRun };

    const office = Office as unknown as Loose;
    const context = office.context as Loose;
    const requirements = (context.requirements as Loose | undefined) ?? {};
    if (typeof requirements.isSetSupported !== "function") {
      defineIfMissing(context, "requirements", requirements);
      requirements.isSetSupported = (name: string, minVersion?: string | number) =>
        this.isSetSupported(name, minVersion);
    }
    defineIfMissing(context, "displayLanguage", this.options.displayLanguage);

    const addin = (office.addin as Loose | undefined) ?? {};
    defineIfMissing(office, "addin", addin);
    defineIfMissing(addin, "showAsTaskpane", () => {
      this.options.showPane();
      return Promise.resolve();
    });

    const officeActions = office.actions as Loose;
    const associate = officeActions.associate as ((id: string, fn: unknown) => void) | undefined;
    officeActions.associate = (id: string, action: (event: Office.AddinCommands.Event) => unknown) => {
      this.actions.set(id, action);
      associate?.call(officeActions, id, action);
    };
  }

  isSetSupported(name: string, minVersion?: string | number): boolean {
    const newest = Object.entries(this.options.requirementSets).find(
      ([set]) => set.toLowerCase() === String(name).toLowerCase(),
    )?.[1];
    if (newest === undefined) return false;
    return minVersion === undefined || compareVersions(String(minVersion), newest) <= 0;
  }

  /** Function names the add-in associated so far. */
  get associated(): string[] {
    return [...this.actions.keys()];
  }

  /** Presses a ribbon button bound to `functionName`; resolves when the function calls `completed()`. */
  press(functionName: string): Promise<void> {
    const action = this.actions.get(functionName);
    if (!action) return Promise.reject(new Error(`The add-in has not associated ${functionName}.`));
    let completed!: () => void;
    const done = new Promise<void>((resolve) => (completed = resolve));
    const event = {
      source: { id: functionName },
      completed: () => completed(),
    } as unknown as Office.AddinCommands.Event;
    return Promise.resolve(action(event)).then(() => done);
  }
}
