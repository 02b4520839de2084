/**
 * RequestBatches (src/office/request-batches.ts) against the in-memory Excel: a sync only when the next command
 * would take the request past the limit, and calculation suspended again in every request after a sync.
 */
import { createContext, MemoryWorkbook } from "../../src/memory-excel";
import { RequestBatches } from "../../src/office/request-batches";

const SUSPEND = "suspendApiCalculationUntilNextSync";

/** A context, its batches under a limit of 1,000 bytes, and the bytes given to room() one after the other. */
async function batchesOf(sizes: readonly number[]) {
  const context = createContext(new MemoryWorkbook(["Tổng hợp"]));
  const batches = new RequestBatches(context.excel, 1000);
  for (const bytes of sizes) await batches.room(bytes);
  await context.sync();
  return context.syncActions.map((actions) => actions.filter((a) => a.endsWith(SUSPEND)).length);
}

describe("request batches", () => {
  it("send what fits the limit exactly in one request", async () => {
    expect(await batchesOf([600, 400])).toEqual([1]);
  });

  it("send before a command that would take the request one byte past the limit, and suspend calculation again", async () => {
    expect(await batchesOf([600, 401])).toEqual([1, 1]);
    expect(await batchesOf([600, 401, 599, 2])).toEqual([1, 1, 1]);
  });

  it("send a command larger than the limit alone, without an empty request before it", async () => {
    expect(await batchesOf([1500])).toEqual([1]);
    expect(await batchesOf([1500, 10])).toEqual([1, 1]);
  });
});
