/**
 * Errors shaped like Office.js's `OfficeExtension.Error`, with the codes Excel uses. The global
 * `OfficeExtension` does not exist outside Office, so the emulator brings its own class; code that handles
 * Excel errors should test `error.code`, which works with both.
 */

/** The error codes the emulator raises (values as Excel sends them). */
export const ErrorCode = {
  accessDenied: "AccessDenied",
  apiNotFound: "ApiNotFound",
  generalException: "GeneralException",
  inactiveWorkbook: "InactiveWorkbook",
  invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
  invalidArgument: "InvalidArgument",
  invalidOperation: "InvalidOperation",
  invalidReference: "InvalidReference",
  invalidRequestContext: "InvalidRequestContext",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  mergedRangeConflict: "MergedRangeConflict",
  notImplemented: "NotImplemented",
  propertyNotLoaded: "PropertyNotLoaded",
  valueNotLoaded: "ValueNotLoaded",
  rangeExceedsLimit: "RangeExceedsLimit",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  runMustReturnPromise: "RunMustReturnPromise",
  undoNotSupported: "UndoNotSupported",
} as const;

export type ErrorCodeValue = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Excel's English messages, so that logs read like the real thing. */
const MESSAGES: Record<ErrorCodeValue, string> = {
  AccessDenied: "You cannot perform the requested operation.",
  ApiNotFound:
    "The API you are trying to use could not be found. It may be available in a newer version of Excel.",
  GeneralException: "There was an internal error while processing the request.",
  InactiveWorkbook:
    "The operation failed because multiple workbooks are open and the workbook being called by this API has lost focus.",
  InvalidOperationInCellEditMode:
    "The operation isn't available while Excel is in Edit cell mode. Exit Edit mode by using the Enter or Tab keys, or by selecting another cell, and then try again.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The operation attempted is invalid on the object.",
  InvalidReference: "This reference is not valid for the current operation.",
  InvalidRequestContext: "Cannot use the object across different request contexts.",
  ItemAlreadyExists: "The resource being created already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  MergedRangeConflict:
    "Cannot complete the operation. A table can't overlap with another table, a PivotTable report, query results, merged cells, or an XML Map.",
  NotImplemented: "The requested feature isn't implemented.",
  PropertyNotLoaded:
    'The property is not available. Before reading the property\'s value, call the load method on the containing object and call "context.sync()" on the associated request context.',
  ValueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
  RangeExceedsLimit: "The cell count in the range has exceeded the maximum supported number.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
  UndoNotSupported: "The operation doesn't support undo, so it can't be part of an undo group.",
  RunMustReturnPromise:
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise.',
};

/** An `OfficeExtension.Error` look-alike: same fields, same `toString`. */
export class EmulatedOfficeError extends Error implements OfficeExtension.Error {
  override name = "RichApi.Error";
  declare stack: string;
  readonly code: string;
  traceMessages: string[] = [];
  debugInfo: OfficeExtension.DebugInfo;
  innerError: OfficeExtension.Error;

  constructor(code: ErrorCodeValue, detail?: string, location?: string) {
    const message = detail ? `${MESSAGES[code]} (${detail})` : MESSAGES[code];
    super(message);
    this.code = code;
    this.stack = this.stack ?? "";
    this.debugInfo = { code, message, errorLocation: location };
    // Office.js leaves innerError null for errors that come straight from the host.
    this.innerError = null as unknown as OfficeExtension.Error;
  }

  override toString(): string {
    return `${this.code}: ${this.message}`;
  }
}

export function officeError(code: ErrorCodeValue, detail?: string, location?: string): EmulatedOfficeError {
  return new EmulatedOfficeError(code, detail, location);
}

export function propertyNotLoaded(typeName: string, property: string): EmulatedOfficeError {
  return new EmulatedOfficeError(
    ErrorCode.propertyNotLoaded,
    `${typeName}.${property}`,
    `${typeName}.${property}`,
  );
}

/**
 * Thrown, synchronously, when code calls an Excel API member that real Excel has but the emulator does not
 * implement: a gap in the emulator, not an Excel error, so it says so plainly.
 */
export class EmulatorGapError extends Error {
  override name = "EmulatorGapError";
  readonly code = ErrorCode.notImplemented;
  constructor(member: string) {
    super(`The Excel emulator does not implement ${member}. Extend src/emulator or avoid the call.`);
  }
}
