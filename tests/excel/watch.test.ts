import { excelProfile } from "../../src/emulator";
import { loadEmulatorFromXlsx } from "../../src/emulator/fromXlsx";
import { watchChanges, watchSelection } from "../../src/excel/watch";
import { SAMPLE } from "../support/paths";
import { hostOf } from "../support/session";

describe("cheap listeners", () => {
  it("hear a user's edit with its sheet and address, not a co-author's, and read nothing", async () => {
    const emulator = await loadEmulatorFromXlsx(SAMPLE, {
      profile: { ...excelProfile("default"), coauthoring: true },
    });
    const host = hostOf(emulator);
    const edits: [string, string | null][] = [];
    const watch = await watchChanges(host, (sheetId, address) => edits.push([sheetId, address]));
    emulator.resetStats();
    emulator.remoteEditCells("Enn2", "H10", [[1]]);
    emulator.editCells("Enn2", "D9", [["Ei"]]);
    await emulator.settle();
    expect(edits).toEqual([[emulator.sheet("Enn2").model.id, "D9"]]);
    expect(emulator.stats.syncs).toBe(0);
    await watch.stop();
    expect(emulator.handlerCount).toBe(0);
  });

  it("pass on the last of a quick run of selections", async () => {
    const emulator = await loadEmulatorFromXlsx(SAMPLE);
    const host = hostOf(emulator);
    let resolve: (value: string) => void;
    const selected = new Promise<string>((r) => (resolve = r));
    const seen: string[] = [];
    const watch = await watchSelection(
      host,
      (_, address) => {
        seen.push(address);
        resolve(address);
      },
      10,
    );
    emulator.selectCells("Enn2", "A1");
    emulator.selectCells("Enn2", "B2:C3");
    expect(await selected).toBe("B2:C3");
    expect(seen).toEqual(["B2:C3"]);
    await watch.stop();
    expect(emulator.handlerCount).toBe(0);
  });
});
