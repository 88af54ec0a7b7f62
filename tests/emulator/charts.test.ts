/*
 * Some reads here are deliberate (before sync) or follow collection loads the Office add-in lint rules
 * cannot see, so those rules are off in this file.
 */
/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read */
/** Charts: `worksheet.charts`, `Chart`, `ChartTitle`, and what tests can see of them (`chartViews`). */
import { cellRect, chartViews, createEmulator, DEFAULT_CHART_RECT } from "../../src/emulator";
import type { EmulatorOptions } from "../../src/emulator";
import { rejection, sheet, thrown, workbook } from "./helpers";

/** A small table: forecasts per theme, header row and label column. */
function themes(options: EmulatorOptions = {}) {
  return createEmulator(
    workbook(
      sheet("Data", [
        ["Teema", "Toteutuu", "Ei toteudu"],
        ["Kasvu", 2, 0],
        ["Palvelut", 1, 1],
        ["Talous", 1, 0],
      ]),
      sheet("Kaaviot", [["x"]]),
    ),
    options,
  );
}

function views(emulator: ReturnType<typeof themes>, sheetName: string) {
  return chartViews(emulator.model, emulator.sheet(sheetName).model);
}

describe("adding and finding charts", () => {
  test("add draws from a range; the chart is named, typed and placed by default", async () => {
    const emulator = themes();
    await emulator.run(async (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      const chart = data.charts.add("BarStacked", data.getRange("A1:C4"), "Columns");
      chart.load("name,chartType,top,left,width,height");
      await context.sync();
      expect(chart.name).toBe("Chart 1");
      expect(chart.chartType).toBe("BarStacked");
      expect([chart.top, chart.left, chart.width, chart.height]).toEqual([
        DEFAULT_CHART_RECT.top,
        DEFAULT_CHART_RECT.left,
        DEFAULT_CHART_RECT.width,
        DEFAULT_CHART_RECT.height,
      ]);
    });
    expect(views(emulator, "Data")).toEqual([
      expect.objectContaining({
        name: "Chart 1",
        chartType: "BarStacked",
        title: "",
        source: "Data!A1:C4",
        seriesBy: "Columns",
      }),
    ]);
  });

  test("items, count, getCount, getItem (any case), getItemAt and getItemOrNullObject", async () => {
    const emulator = themes();
    await emulator.run(async (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      data.charts.add("Doughnut", data.getRange("A1:B4"));
      data.charts.add("ColumnClustered", data.getRange("A1:C4"), "Rows");
      const charts = data.charts;
      charts.load("items/name,count");
      const count = charts.getCount();
      const second = charts.getItem("chart 2");
      second.load("chartType");
      const first = charts.getItemAt(0);
      first.load("name");
      const missing = charts.getItemOrNullObject("Chart 9");
      await context.sync();
      expect(charts.items.map((c) => c.name)).toEqual(["Chart 1", "Chart 2"]);
      expect(charts.count).toBe(2);
      expect(count.value).toBe(2);
      expect(second.chartType).toBe("ColumnClustered");
      expect(first.name).toBe("Chart 1");
      expect(missing.isNullObject).toBe(true);
    });
    // Charts belong to their sheet.
    expect(views(emulator, "Kaaviot")).toEqual([]);
  });

  test("a chart may draw from another sheet's range", async () => {
    const emulator = themes();
    await emulator.run(async (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      context.workbook.worksheets.getItem("Kaaviot").charts.add("Pie", data.getRange("A1:B4"), "Columns");
      await context.sync();
    });
    expect(views(emulator, "Kaaviot")[0].source).toBe("Data!A1:B4");
  });

  test("getItem of a missing chart fails the sync with ItemNotFound", async () => {
    const emulator = themes();
    const error = await rejection(
      emulator.run(async (context) => {
        context.workbook.worksheets.getItem("Data").charts.getItem("Chart 1").load("name");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
  });
});

describe("strict like Excel", () => {
  test("properties and the title read before load + sync throw PropertyNotLoaded", async () => {
    const emulator = themes();
    await emulator.run(async (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      const chart = data.charts.add("Doughnut", data.getRange("A1:B4"));
      expect(thrown(() => chart.name).code).toBe("PropertyNotLoaded");
      expect(thrown(() => chart.title.text).code).toBe("PropertyNotLoaded");
      chart.load("name");
      expect(thrown(() => chart.name).code).toBe("PropertyNotLoaded");
      await context.sync();
      expect(chart.name).toBe("Chart 1");
      expect(thrown(() => chart.top).code).toBe("PropertyNotLoaded");
    });
  });

  test("a value the proxy set is echoed; the model changes only at sync", async () => {
    const emulator = themes();
    await emulator.run(async (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      const chart = data.charts.add("Doughnut", data.getRange("A1:B4"));
      chart.title.text = "Jakauma";
      expect(chart.title.text).toBe("Jakauma");
      expect(emulator.sheet("Data").model.charts).toEqual([]);
      await context.sync();
      expect(views(emulator, "Data")[0].title).toBe("Jakauma");
    });
  });

  test("the title loads through the chart, and through the collection's items", async () => {
    const emulator = themes();
    await emulator.run(async (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      data.charts.add("Doughnut", data.getRange("A1:B4")).title.text = "Jakauma";
      await context.sync();
      const charts = data.charts.load("items/name,items/title/text");
      await context.sync();
      expect(charts.items[0].title.text).toBe("Jakauma");
      expect(charts.toJSON()).toEqual({ items: [{ name: "Chart 1", title: { text: "Jakauma" } }] });
    });
  });

  test.each([
    ["an unknown chart type", (r: Excel.Range, s: Excel.Worksheet) => s.charts.add("Sparkle" as "Pie", r)],
    ["Invalid", (r: Excel.Range, s: Excel.Worksheet) => s.charts.add("Invalid", r)],
    ["a bad seriesBy", (r: Excel.Range, s: Excel.Worksheet) => s.charts.add("Pie", r, "Diagonal" as "Rows")],
    [
      "a negative width",
      (r: Excel.Range, s: Excel.Worksheet) => {
        s.charts.add("Pie", r).width = -1;
      },
    ],
    [
      "an end cell before the start cell",
      (r: Excel.Range, s: Excel.Worksheet) => s.charts.add("Pie", r).setPosition("D10", "B2"),
    ],
    [
      "a position on another sheet",
      (r: Excel.Range, s: Excel.Worksheet) => s.charts.add("Pie", r).setPosition("Kaaviot!B2"),
    ],
  ])("%s fails the sync with InvalidArgument", async (_, act) => {
    const emulator = themes();
    const error = await rejection(
      emulator.run(async (context) => {
        const data = context.workbook.worksheets.getItem("Data");
        act(data.getRange("A1:B4"), data);
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });

  test("a protected sheet refuses charts unless its protection allows editing objects", async () => {
    const locked = themes({ protectedSheets: { Data: {} } });
    const error = await rejection(
      locked.run(async (context) => {
        const data = context.workbook.worksheets.getItem("Data");
        data.charts.add("Pie", data.getRange("A1:B4"));
        await context.sync();
      }),
    );
    expect(error.code).toBe("AccessDenied");
    expect(locked.sheet("Data").model.charts).toEqual([]);

    const open = themes({ protectedSheets: { Data: { allowEditObjects: true } } });
    await open.run(async (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      data.charts.add("Pie", data.getRange("A1:B4"));
      await context.sync();
    });
    expect(views(open, "Data")).toHaveLength(1);
  });

  test("with atomicSync a failed sync leaves no chart behind", async () => {
    const emulator = themes({ atomicSync: true });
    await rejection(
      emulator.run(async (context) => {
        const data = context.workbook.worksheets.getItem("Data");
        data.charts.add("Pie", data.getRange("A1:B4"));
        context.workbook.worksheets.getItem("Puuttuu").getRange("A1").values = [[1]];
        await context.sync();
      }),
    );
    expect(emulator.sheet("Data").model.charts).toEqual([]);
  });
});

describe("position and size", () => {
  test("setPosition moves the top-left corner to a cell; with an end cell it also resizes", async () => {
    const emulator = themes();
    await emulator.run(async (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      data.getRange("A:A").format.columnWidth = 100;
      data.getRange("3:3").format.rowHeight = 30;
      const moved = data.charts.add("Pie", data.getRange("A1:B4"));
      moved.setPosition("C4");
      const sized = data.charts.add("Pie", data.getRange("A1:B4"));
      sized.setPosition(data.getRange("B2"), "D5");
      await context.sync();
    });
    const [moved, sized] = views(emulator, "Data");
    // Columns are 48 points and rows 15 unless set: C starts at 100 + 48, row 4 at 15 + 15 + 30.
    expect([moved.left, moved.top, moved.width, moved.height]).toEqual([148, 60, 360, 216]);
    // B2 to the end of D5: columns B–D (3 × 48), rows 2–5 (15 + 30 + 15 + 15).
    expect([sized.left, sized.top, sized.width, sized.height]).toEqual([100, 15, 144, 75]);
    expect(cellRect(emulator.sheet("Data").model, { top: 2, left: 2, bottom: 5, right: 4 })).toEqual({
      top: 15,
      left: 100,
      width: 144,
      height: 75,
    });
  });

  test("hidden rows and columns take no room", () => {
    const emulator = themes();
    emulator.sheet("Data").hideColumns(1).hideRows(2, 3);
    expect(cellRect(emulator.sheet("Data").model, { top: 4, left: 2, bottom: 4, right: 2 })).toEqual({
      top: 15,
      left: 0,
      width: 48,
      height: 15,
    });
  });

  test("top, left, width and height can be set directly", async () => {
    const emulator = themes();
    await emulator.run(async (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      const chart = data.charts.add("Pie", data.getRange("A1:B4"));
      chart.set({ top: 10, left: 20, width: 300, height: 200, name: "Sitova" });
      await context.sync();
    });
    expect(views(emulator, "Data")[0]).toMatchObject({
      name: "Sitova",
      top: 10,
      left: 20,
      width: 300,
      height: 200,
    });
  });
});

describe("series as Excel reads the source", () => {
  test("series in columns: the header row names them, the first column labels the categories", async () => {
    const emulator = themes();
    await emulator.run(async (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      data.charts.add("BarStacked", data.getRange("A1:C4"), "Columns");
      data.charts.add("ColumnClustered", data.getRange("A1:C4"), "Rows");
      data.charts.add("ColumnClustered", data.getRange("B2:C4"), "Auto");
      await context.sync();
    });
    const [byColumns, byRows, bare] = views(emulator, "Data");
    expect(byColumns.series).toEqual([
      { name: "Toteutuu", values: "Data!B2:B4", categories: "Data!A2:A4" },
      { name: "Ei toteudu", values: "Data!C2:C4", categories: "Data!A2:A4" },
    ]);
    expect(byRows.series).toEqual([
      { name: "Kasvu", values: "Data!B2:C2", categories: "Data!B1:C1" },
      { name: "Palvelut", values: "Data!B3:C3", categories: "Data!B1:C1" },
      { name: "Talous", values: "Data!B4:C4", categories: "Data!B1:C1" },
    ]);
    // Numbers only: no names, no categories; Auto runs series down the longer side.
    expect(bare.series).toEqual([
      { name: null, values: "Data!B2:B4", categories: null },
      { name: null, values: "Data!C2:C4", categories: null },
    ]);
  });
});

describe("deleting", () => {
  test("delete removes the chart; deleting the sheet removes its charts", async () => {
    const emulator = themes();
    await emulator.run(async (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      data.charts.add("Pie", data.getRange("A1:B4"));
      data.charts.add("Doughnut", data.getRange("A1:B4"));
      await context.sync();
      data.charts.getItem("Chart 1").delete();
      await context.sync();
      expect(views(emulator, "Data").map((c) => c.name)).toEqual(["Chart 2"]);
      const other = context.workbook.worksheets.getItem("Kaaviot");
      other.charts.add("Pie", data.getRange("A1:B4"));
      other.delete();
      await context.sync();
    });
    expect(emulator.sheetNames()).toEqual(["Data"]);
  });
});
