/**
 * Excel profiles: which of real Excel's documented hostile behaviours the emulator shows. A profile is
 * plain data, one field per behaviour, so a test can switch on one alone:
 *
 *   createEmulator(snapshot, { profile: { ...excelProfile("default"), reuseSheetIds: true } })
 *
 * `default` is the emulator as it was before profiles (strict about Office.js's rules, kind about the
 * rest); `fi-desktop` is everything at once: a Finnish official on desktop Excel (list separator `;`),
 * in a co-authored file, with the web's round trips. Each field cites where the behaviour is documented;
 * the code that models it cites the same source.
 */

/** How long a `sync` takes before Excel runs the batch and answers. */
export type SyncDelay =
  /** Answered in a promise job (before any timer): batches of different runs rarely interleave. */
  | "none"
  /** Answered after a macrotask: other runs' batches get in between, however fast the machine is. */
  | "macrotask"
  /** Milliseconds, like a round trip to Excel on the web (the playground uses 40). */
  | number;

/**
 * What an add-in's write does to the user's undo stack ("Undo" in
 * learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities).
 */
export type AddinUndo =
  /** Kind and undocumented: the user's undo history stays, the add-in's writes are not undoable. */
  | "kept"
  /** Builds without add-in undo (always in a shared runtime): any write clears the stack (#3788, #2802, #4484). */
  | "cleared"
  /** Builds with add-in undo: each `sync` that writes is one undo record, a run with `mergeUndoGroup` one. */
  | "recordPerSync";

export interface ExcelProfile {
  /** Shown in test output and the playground. */
  name: string;
  /**
   * `getRanges("E5,E7")` fails with `InvalidArgument` where the list separator is `;` (Finnish desktop):
   * OfficeDev/office-js#1167, #1985. Lists separated by `;` still work.
   */
  rejectCommaAreaLists: boolean;
  /**
   * Areas per `getRanges` list before it fails with `InvalidArgument`; long lists fail below the
   * documented 8192-character cut (#5198, #4263; "avoid large RangeAreas made of many single cells" in
   * excel/excel-add-ins-multiple-ranges). `Infinity` = only the 8192-character cut applies.
   */
  maxAreasPerList: number;
  /**
   * `format.fill.pattern` reads `null` for "no fill" and for solid fills alike, so with `color` both
   * reading `#FFFFFF` only `tintAndShade` (`null` for no fill) tells no fill from white (#4900, #6218).
   */
  ambiguousFillPattern: boolean;
  /** A new sheet takes a deleted sheet's id (Mac, "Work with worksheets" page; ids changed in #1390). */
  reuseSheetIds: boolean;
  /** The wait of every `sync` ("each sync is a round trip", excel/performance). */
  syncDelay: SyncDelay;
  /**
   * While the user edits a cell (`beginCellEdit()`), a batch fails with `InvalidOperationInCellEditMode`
   * unless its run asked for `delayForCellEdit` (excel/excel-add-ins-delay-in-cell-edit).
   */
  cellEditBlocksBatches: boolean;
  /** What add-in writes do to the user's undo stack; custom XML parts are never undone (#6415). */
  addinUndo: AddinUndo;
  /** Hyperlinks per worksheet (Excel specifications and limits: 65,530). */
  hyperlinksPerSheet: number;
  /**
   * A used range reaching column XFD or row 1,048,576 comes back as whole rows (`1:2000`) or whole
   * columns (`A:C`) (learn.microsoft.com/javascript/api/excel/excel.rangeareas, `Range.address`).
   */
  wholeLineUsedRange: boolean;
  /**
   * With another workbook focused (`setWorkbookFocused(false)`), `worksheets.add`, `activate`,
   * `freezeRows` and `select` fail with `InactiveWorkbook` (excel/excel-add-ins-troubleshooting,
   * testing/application-specific-api-error-handling).
   */
  focusSensitive: boolean;
  /** Co-authors edit the file (`remoteEditCells`), their edits arriving with `source: "Remote"` (excel/co-authoring-in-excel-add-ins). */
  coauthoring: boolean;
  /** A value picked from a data-validation drop-down raises `onChanged` (not on the web: #4066, #3888). */
  dropDownPicksRaiseEvents: boolean;
}

export type ExcelProfileName = "default" | "fi-desktop";

const PROFILES: Record<ExcelProfileName, ExcelProfile> = {
  default: {
    name: "default",
    rejectCommaAreaLists: false,
    maxAreasPerList: Infinity,
    ambiguousFillPattern: false,
    reuseSheetIds: false,
    syncDelay: "none",
    cellEditBlocksBatches: false,
    addinUndo: "kept",
    hyperlinksPerSheet: Infinity,
    wholeLineUsedRange: false,
    focusSensitive: false,
    coauthoring: false,
    dropDownPicksRaiseEvents: true,
  },
  "fi-desktop": {
    name: "fi-desktop",
    rejectCommaAreaLists: true,
    maxAreasPerList: 100,
    ambiguousFillPattern: true,
    reuseSheetIds: true,
    syncDelay: "macrotask",
    cellEditBlocksBatches: true,
    addinUndo: "cleared",
    hyperlinksPerSheet: 65_530,
    wholeLineUsedRange: true,
    focusSensitive: true,
    coauthoring: true,
    dropDownPicksRaiseEvents: false,
  },
};

export const EXCEL_PROFILE_NAMES = Object.keys(PROFILES) as ExcelProfileName[];

export function isExcelProfileName(name: unknown): name is ExcelProfileName {
  return typeof name === "string" && (EXCEL_PROFILE_NAMES as string[]).includes(name);
}

/** A copy of a named profile (change fields freely). */
export function excelProfile(name: ExcelProfileName): ExcelProfile {
  const profile = PROFILES[name];
  if (!profile)
    throw new Error(`Unknown Excel profile ${JSON.stringify(name)} (${EXCEL_PROFILE_NAMES.join(", ")})`);
  return { ...profile };
}

let defaultProfile: ExcelProfileName = "default";

/**
 * TEST-ONLY HOOK: the profile of every emulator created without one. The jest project `fi-desktop`
 * (jest.config.js, tests/support/fiDesktopProfile.ts) sets it so that the adapter, session and pane
 * tests run unchanged against the hostile profile. Production code never calls it.
 */
export function setDefaultExcelProfile(name: ExcelProfileName): void {
  excelProfile(name);
  defaultProfile = name;
}

/** The profile an emulator gets from its options (or the default set above). */
export function resolveProfile(option: ExcelProfileName | ExcelProfile | undefined): ExcelProfile {
  if (option === undefined) return excelProfile(defaultProfile);
  return typeof option === "string" ? excelProfile(option) : { ...option };
}
