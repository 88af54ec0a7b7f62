/** onChanged handlers: registration at sync, user edits, the add-in's own writes, enableEvents, removal. */
import { createEmulator } from "../../src/emulator";
import { sheet, workbook } from "./helpers";

function goals() {
  return createEmulator(
    workbook(
      sheet("Enn2", [
        ["Tavoite", "Ennuste 2/2021"],
        ["Lukutaito", "Toteutuu"],
      ]),
      sheet("Ohje", [["Lue tämä"]]),
    ),
  );
}

type Args = Excel.WorksheetChangedEventArgs;

describe("worksheet.onChanged", () => {
  test("a registered handler hears a user edit, with the address and the single-cell details", async () => {
    const emulator = goals();
    const seen: Args[] = [];
    const handler = async (args: Args) => {
      seen.push(args);
    };
    await emulator.run(async (context) => {
      context.workbook.worksheets.getItem("Enn2").onChanged.add(handler);
      await context.sync();
    });
    expect(emulator.handlerCount).toBe(1);

    emulator.editCells("Enn2", "B2", [["Ei toteudu"]]);
    emulator.editCells("Ohje", "A1", [["muu arkki"]]);
    await emulator.settle();

    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      type: "WorksheetChanged",
      changeType: "RangeEdited",
      source: "Local",
      address: "B2",
      triggerSource: "Unknown",
      details: { valueBefore: "Toteutuu", valueAfter: "Ei toteudu", valueTypeAfter: "String" },
    });
  });

  test("a handler can read the changed range with its own Excel.run", async () => {
    const emulator = goals();
    const values: unknown[] = [];
    await emulator.run(async (context) => {
      context.workbook.worksheets.getItem("Enn2").onChanged.add((args) =>
        emulator.run(async (ctx) => {
          const range = args.getRange(ctx).load("values, address");
          await ctx.sync();
          values.push(range.address, range.values);
        }),
      );
      await context.sync();
    });
    emulator.editCells("Enn2", "A2:B2", [["Numerotaito", "=1/0"]]);
    await emulator.settle();
    expect(values).toEqual(["'Enn2'!A2:B2", [["Numerotaito", "=1/0"]]]);
  });

  test("the handler is not registered until sync", async () => {
    const emulator = goals();
    const handler = jest.fn(async () => undefined);
    await emulator.run(async (context) => {
      context.workbook.worksheets.getItem("Enn2").onChanged.add(handler);
      emulator.editCells("Enn2", "A1", [["ennen synkkaa"]]);
      await context.sync();
    });
    await emulator.settle();
    expect(handler).not.toHaveBeenCalled();
  });

  test("the add-in's own writes raise the event too (trigger ThisLocalAddin) unless events are off", async () => {
    const emulator = goals();
    const seen: Args[] = [];
    await emulator.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async (args) => {
        seen.push(args);
      });
      await context.sync();
      context.workbook.worksheets.getItem("Ohje").getRange("A2").values = [["oma kirjoitus"]];
      await context.sync();
      context.runtime.enableEvents = false;
      context.workbook.worksheets.getItem("Ohje").getRange("A3").values = [["hiljaa"]];
      await context.sync();
      context.runtime.enableEvents = true;
      await context.sync();
    });
    emulator.editCells("Enn2", "A1", [["käyttäjä"]]);
    await emulator.settle();
    expect(seen.map((a) => [a.address, a.triggerSource])).toEqual([
      ["A2", "ThisLocalAddin"],
      ["A1", "Unknown"],
    ]);
  });

  test("enableEvents is one switch for the runtime and loads like a property", async () => {
    const emulator = goals();
    await emulator.run(async (context) => {
      context.runtime.enableEvents = false;
      await context.sync();
    });
    const enabled = await emulator.run(async (context) => {
      context.runtime.load("enableEvents");
      await context.sync();
      return context.runtime.enableEvents;
    });
    expect(enabled).toBe(false);
  });

  test("removing through the EventHandlerResult (in its context) or by handler stops delivery", async () => {
    const emulator = goals();
    const first = jest.fn(async () => undefined);
    const second = jest.fn(async () => undefined);
    const registration = await emulator.run(async (context) => {
      const result = context.workbook.worksheets.getItem("Enn2").onChanged.add(first);
      context.workbook.worksheets.getItem("Enn2").onChanged.add(second);
      await context.sync();
      return result;
    });
    await emulator.run(registration.context, async (context) => {
      registration.remove();
      await context.sync();
    });
    await emulator.run(async (context) => {
      context.workbook.worksheets.getItem("Enn2").onChanged.remove(second);
      await context.sync();
    });
    expect(emulator.handlerCount).toBe(0);
    emulator.editCells("Enn2", "A1", [["x"]]);
    await emulator.settle();
    expect(first).not.toHaveBeenCalled();
    expect(second).not.toHaveBeenCalled();
  });

  test("settle() reports a handler's error", async () => {
    const emulator = goals();
    await emulator.run(async (context) => {
      context.workbook.worksheets.getItem("Enn2").onChanged.add(async () => {
        throw new Error("handler failed");
      });
      await context.sync();
    });
    emulator.editCells("Enn2", "A1", [["x"]]);
    await expect(emulator.settle()).rejects.toThrow("handler failed");
  });

  test("a user cannot edit locked cells of a protected sheet either", () => {
    const emulator = createEmulator(workbook(sheet("Enn2", [["x"]])), { protectedSheets: { Enn2: {} } });
    expect(() => emulator.editCells("Enn2", "A1", [["y"]])).toThrow(
      expect.objectContaining({ code: "AccessDenied" }),
    );
  });
});
