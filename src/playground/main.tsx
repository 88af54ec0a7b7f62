/**
 * The playground page: Microsoft's office.js (loaded by the page before this bundle), the Excel emulator
 * behind the global `Excel.run`, a spreadsheet view of the emulated workbook, a ribbon drawn from the
 * manifest, and the add-in's own ribbon-command and task-pane entries, loaded unchanged.
 *
 * For tests and the curious, `window.sitovaPlayground` holds the store (with the emulator), the shim and
 * the add-in's session.
 */
import type { ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createEmulator, excelProfile } from "../emulator";
import type { EmulatedExcel, EmulatorOptions } from "../emulator";
import { UnreadableWorkbookError } from "../xlsx/unreadable";
import { emulatorFromXlsx } from "./loadWorkbook";
import { OfficeShim } from "./officeShim";
import type { PlaygroundParams } from "./params";
import {
  DEFAULT_WORKBOOK,
  DISPLAY_LANGUAGE,
  PLAYGROUND_SYNC_DELAY_MS,
  parseParams,
  withParam,
} from "./params";
import { forgetWorkbook, keepWorkbook, keptWorkbook } from "./persist";
import type { RibbonButton, RibbonGroup } from "./ribbon";
import { ribbonFromManifest } from "./ribbon";
import { Header, PaneFrame } from "./Shell";
import { SpreadsheetView } from "./SpreadsheetView";
import { PlaygroundStore } from "./store";
import type { Notice } from "./store";
import type { PlaygroundStrings } from "./strings";
import { STRINGS } from "./strings";

interface Source {
  name: string;
  bytes: ArrayBuffer | null;
  /** The user opened it (kept for this tab). */
  kept: boolean;
  problem?: string;
}

function fileNameOf(url: URL): string {
  return decodeURIComponent(url.pathname.split("/").pop() || "workbook.xlsx");
}

async function fetchBytes(url: URL): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
  return response.arrayBuffer();
}

/** `?workbook=` first, then the workbook this tab opened, then the sample. */
async function chooseSource(params: PlaygroundParams, strings: PlaygroundStrings): Promise<Source> {
  if (params.workbookProblem)
    return {
      name: params.workbookProblem,
      bytes: null,
      kept: false,
      problem: strings.refusedWorkbook(params.workbookProblem),
    };
  if (params.workbook) {
    const name = fileNameOf(params.workbook);
    try {
      return { name, bytes: await fetchBytes(params.workbook), kept: false };
    } catch (error) {
      return { name, bytes: null, kept: false, problem: strings.cannotOpen(name, (error as Error).message) };
    }
  }
  const kept = await keptWorkbook();
  if (kept) return { name: kept.name, bytes: kept.bytes, kept: true };
  const sample = new URL(DEFAULT_WORKBOOK, location.href);
  return { name: fileNameOf(sample), bytes: await fetchBytes(sample), kept: false };
}

/**
 * `?excel=` and `?excelApi=`: the Excel the page emulates. Under a hostile profile every sync waits like a
 * round trip to Excel on the web; `default` keeps the emulator's instant answers.
 */
function excelOptions(params: PlaygroundParams): EmulatorOptions {
  const profile = excelProfile(params.excel);
  if (params.excel !== "default") profile.syncDelay = PLAYGROUND_SYNC_DELAY_MS;
  return { profile, excelApi: params.excelApi };
}

async function openEmulator(source: Source, params: PlaygroundParams, strings: PlaygroundStrings) {
  let notice: Notice | null = source.problem ? { kind: "error", text: source.problem } : null;
  let emulator: EmulatedExcel | null = null;
  if (source.bytes) {
    try {
      emulator = await emulatorFromXlsx(source.bytes, source.name, excelOptions(params));
    } catch (error) {
      const reason =
        error instanceof UnreadableWorkbookError
          ? error.localizedReason(params.lang)
          : String((error as Error).message ?? error);
      notice = { kind: "error", text: strings.cannotOpen(source.name, reason) };
    }
  }
  return { emulator: emulator ?? createEmulator(undefined, excelOptions(params)), notice };
}

function mount(id: string, node: ReactNode, className?: string): void {
  const container = document.getElementById(id);
  if (!container) throw new Error(`playground.html has no #${id}`);
  createRoot(container).render(
    <FluentProvider theme={webLightTheme} className={className}>
      {node}
    </FluentProvider>,
  );
}

async function boot(): Promise<void> {
  const params = parseParams(location);
  const strings = STRINGS[params.lang];
  const displayLanguage = DISPLAY_LANGUAGE[params.lang];
  document.documentElement.lang = params.lang;
  document.title = strings.title;
  const status = document.getElementById("pg-status");
  if (status) status.textContent = strings.loading;

  await Office.onReady();
  const source = await chooseSource(params, strings);
  const { emulator, notice } = await openEmulator(source, params, strings);
  const store = new PlaygroundStore(emulator, source.bytes ? source.name : "Book1.xlsx");
  store.notice = notice;

  const pane = document.getElementById("pg-pane") as HTMLElement;
  pane.setAttribute("aria-label", strings.pane);
  if (params.paneWidth !== null) pane.style.width = `${params.paneWidth}px`;
  document.getElementById("pg-main")?.setAttribute("aria-label", strings.workbook);
  const showPane = () => {
    store.paneOpen = true;
    store.changed();
  };
  store.subscribe(() => {
    pane.hidden = !store.paneOpen;
  });

  const shim = new OfficeShim({
    run: emulator.run,
    displayLanguage,
    requirementSets: { ExcelApi: params.excelApi, SharedRuntime: "1.1", AddinCommands: "1.1" },
    showPane,
    afterRun: store.changed,
  });
  shim.install();
  window.sitovaPlayground = { store, shim, params };

  const ribbon: RibbonGroup | null = await fetch("manifest.xml")
    .then((response) => response.text())
    .then((xml) => ribbonFromManifest(xml, displayLanguage))
    .catch(() => null);

  const press = async (button: RibbonButton) => {
    if (button.action.kind === "taskpane") {
      showPane();
      document.getElementById("root")?.querySelector<HTMLElement>("button, [tabindex='0']")?.focus();
      return;
    }
    try {
      await shim.press(button.action.name);
    } catch (error) {
      store.setNotice({ kind: "error", text: String((error as Error)?.message ?? error) });
    }
  };

  const openFile = (file: File) => {
    void (async () => {
      const bytes = await file.arrayBuffer();
      try {
        await emulatorFromXlsx(bytes, file.name);
      } catch (error) {
        const reason =
          error instanceof UnreadableWorkbookError
            ? error.localizedReason(params.lang)
            : String((error as Error).message ?? error);
        store.setNotice({ kind: "error", text: strings.cannotOpen(file.name, reason) });
        return;
      }
      try {
        await keepWorkbook({ name: file.name, bytes });
      } catch (error) {
        store.setNotice({
          kind: "error",
          text: strings.cannotOpen(file.name, String((error as Error)?.message ?? error)),
        });
        return;
      }
      location.assign(withParam(location.href, "workbook", null));
    })();
  };

  const backToSample = source.kept
    ? () => void forgetWorkbook().then(() => location.assign(withParam(location.href, "workbook", null)))
    : null;

  status?.remove();
  mount(
    "pg-header",
    <Header
      store={store}
      strings={strings}
      lang={params.lang}
      ribbon={ribbon}
      press={press}
      openFile={openFile}
      backToSample={backToSample}
    />,
  );
  mount("pg-main", <SpreadsheetView store={store} strings={strings} locale={displayLanguage} />, "pg-fill");
  mount("pg-pane-frame", <PaneFrame store={store} strings={strings} />);

  const main = document.getElementById("pg-main") as HTMLElement;
  main.addEventListener("dragover", (event) => {
    event.preventDefault();
    main.classList.add("pg-dragging");
  });
  main.addEventListener("dragleave", () => main.classList.remove("pg-dragging"));
  main.addEventListener("drop", (event) => {
    event.preventDefault();
    main.classList.remove("pg-dragging");
    const file = event.dataTransfer?.files[0];
    if (file) openFile(file);
  });
  main.dataset.drop = strings.dropHere;

  // The add-in itself, unchanged: the ribbon commands and the task pane of the shared runtime.
  await import(/* webpackChunkName: "commands" */ "../commands/commands");
  await import(/* webpackChunkName: "taskpane" */ "../taskpane/index");
  const { getSession } = await import("../app/runtime");
  window.sitovaPlayground.session = getSession();
  document.body.dataset.ready = "true";
}

boot().catch((error: unknown) => {
  const status = document.getElementById("pg-status");
  if (status) {
    status.textContent = `Sitova playground: ${String((error as Error)?.stack ?? error)}`;
    status.setAttribute("role", "alert");
  }
  console.error(error);
});
