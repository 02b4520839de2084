import { hostErrorOf } from "./host-error";

/**
 * Excel.run whose failures all arrive as HostErrors the pane can put into words; on `context` when given (what
 * an earlier run left behind, such as an event handler, is released through the context that made it).
 */
export async function runInExcel<T>(
  batch: (context: Excel.RequestContext) => Promise<T>,
  context?: OfficeExtension.ClientRequestContext,
): Promise<T> {
  try {
    return await (context ? Excel.run(context, batch) : Excel.run(batch));
  } catch (error) {
    throw hostErrorOf(error);
  }
}
