import { hostErrorOf } from "./errors";

/** Excel.run whose failures all arrive as HostErrors the pane can put into words. */
export async function runInExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Excel.run(batch);
  } catch (error) {
    throw hostErrorOf(error);
  }
}
