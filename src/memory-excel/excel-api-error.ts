/** Errors shaped like OfficeExtension.Error, which Excel rejects `context.sync()` with. */

const MESSAGES: Record<string, string> = {
  AccessDenied: "You cannot perform the requested operation.",
  ApiNotFound: "The API you are trying to use could not be found. It may be available in a newer version of Excel.",
  GeneralException: "An internal error has occurred.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The operation is invalid for the object.",
  InvalidObjectPath: "The object path is not working for what you're trying to do.",
  ItemAlreadyExists: "A resource with the same name or identifier already exists.",
  InvalidSelection: "The current selection is invalid for this operation.",
  ItemNotFound: "The requested resource doesn't exist.",
  RangeExceedsLimit: "The cell count in the range has exceeded the maximum supported number.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
};

export interface ExcelErrorDebugInfo {
  code: string;
  message: string;
  /** The queued operation that failed, e.g. "Worksheet.getRange". */
  errorLocation?: string;
}

export class ExcelApiError extends Error {
  readonly code: string;
  readonly debugInfo: ExcelErrorDebugInfo;
  readonly traceMessages: string[] = [];

  constructor(code: string, message = MESSAGES[code] ?? code, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }

  /** The same error, now saying which queued operation raised it. */
  at(location: string): ExcelApiError {
    return new ExcelApiError(this.code, this.message, location);
  }
}

export function excelError(code: string, detail?: string): ExcelApiError {
  const base = MESSAGES[code] ?? code;
  return new ExcelApiError(code, detail ? `${base} ${detail}` : base);
}

/** Thrown synchronously, as Office.js does, when a property is read before load + sync. */
export function propertyNotLoaded(property: string): ExcelApiError {
  return new ExcelApiError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export function valueNotLoaded(): ExcelApiError {
  return new ExcelApiError(
    "ValueNotLoaded",
    `The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.`,
  );
}
