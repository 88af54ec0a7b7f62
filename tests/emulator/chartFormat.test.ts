/*
 * Writes are queued and read back through `chartViews` (the model), so the Office add-in lint rules on reads
 * do not apply here.
 */

/**
 * A chart's series, axes, legend and data labels (src/emulator/chartFormat.ts): what is set is kept and
 * shown by `chartViews`; each member checks its requirement set (typings' `[Api set: ExcelApi 1.N]`), its
 * value and the sheet's protection at sync, as Excel does.
 */
import { chartViews, createEmulator } from "../../src/emulator";
import type { EmulatorOptions } from "../../src/emulator";
import { rejection, sheet, workbook } from "./helpers";

/** Forecasts per division: a label column, a count column that is not drawn, two series columns. */
function divisions(options: EmulatorOptions = {}) {
  return createEmulator(
    workbook(
      sheet("Data", [
        ["Toimiala", "Tavoitteita", "Toteutuu", "Ei toteudu", "Osuus"],
        ["KASKO", 3, 2, 1, 0.67],
        ["KYMP", 2, 2, 0, 1],
      ]),
    ),
    options,
  );
}

const view = (emulator: ReturnType<typeof divisions>) =>
  chartViews(emulator.model, emulator.sheet("Data").model)[0];

describe("a chart's series, axes and legend", () => {
  it("keeps series colours, data labels, axis bounds and the legend, and takes categories from another range", async () => {
    const emulator = divisions();
    await emulator.run(async (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      const chart = data.charts.add("BarStacked", data.getRange("C1:D3"), "Columns");
      const met = chart.series.getItemAt(0);
      met.setXAxisValues(data.getRange("A2:A3"));
      chart.series.getItemAt(1).setXAxisValues(data.getRange("A2:A3"));
      met.format.fill.setSolidColor("#005c44");
      met.format.line.color = "#595959";
      met.hasDataLabels = true;
      met.dataLabels.showValue = true;
      met.dataLabels.numberFormat = "0;-0;;@";
      met.dataLabels.format.font.color = "white";
      chart.axes.valueAxis.minimum = 0;
      chart.axes.valueAxis.majorUnit = 1;
      chart.axes.valueAxis.numberFormat = "0";
      chart.axes.categoryAxis.reversePlotOrder = true;
      chart.legend.visible = false;
      await context.sync();
    });
    const chart = view(emulator);
    expect(chart.series).toEqual([
      { name: "Toteutuu", values: "Data!C2:C3", categories: "Data!A2:A3" },
      { name: "Ei toteudu", values: "Data!D2:D3", categories: "Data!A2:A3" },
    ]);
    expect(chart.format).toEqual({
      "series(0).format.fill.color": "#005C44",
      "series(0).format.line.color": "#595959",
      "series(0).hasDataLabels": true,
      "series(0).dataLabels.showValue": true,
      "series(0).dataLabels.numberFormat": "0;-0;;@",
      "series(0).dataLabels.format.font.color": "#FFFFFF",
      "axes.valueAxis.minimum": 0,
      "axes.valueAxis.majorUnit": 1,
      "axes.valueAxis.numberFormat": "0",
      "axes.categoryAxis.reversePlotOrder": true,
      "legend.visible": false,
    });
  });

  it("names a single column's series by its header, as Excel does", async () => {
    const emulator = divisions();
    await emulator.run(async (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      data.charts.add("BarClustered", data.getRange("E1:E3"), "Columns");
      await context.sync();
    });
    expect(view(emulator).series).toEqual([{ name: "Osuus", values: "Data!E2:E3", categories: null }]);
  });

  it.each([
    ["ChartAxis.numberFormat", "1.7", (c: Excel.Chart) => (c.axes.valueAxis.numberFormat = "0")],
    [
      "ChartSeries.dataLabels",
      "1.7",
      (c: Excel.Chart) => (c.series.getItemAt(0).dataLabels.showValue = true),
    ],
    [
      "ChartSeries.setXAxisValues",
      "1.6",
      (c: Excel.Chart, data: Excel.Worksheet) => c.series.getItemAt(0).setXAxisValues(data.getRange("A2:A3")),
    ],
    ["ChartAxis.reversePlotOrder", "1.6", (c: Excel.Chart) => (c.axes.categoryAxis.reversePlotOrder = true)],
  ])("%s fails with ApiNotFound on ExcelApi %s", async (_, version, use) => {
    const emulator = divisions({ excelApi: version });
    const error = await rejection(
      emulator.run(async (context) => {
        const data = context.workbook.worksheets.getItem("Data");
        use(data.charts.add("BarStacked", data.getRange("C1:D3"), "Columns"), data);
        await context.sync();
      }),
    );
    expect(error.code).toBe("ApiNotFound");
  });

  it.each([
    [
      "a colour that is no colour",
      (c: Excel.Chart) => c.series.getItemAt(0).format.fill.setSolidColor("vihreä"),
    ],
    ["a step of zero", (c: Excel.Chart) => (c.axes.valueAxis.majorUnit = 0)],
    ["a gap width over 500", (c: Excel.Chart) => (c.series.getItemAt(0).gapWidth = 600)],
    [
      "a legend position Excel lacks",
      (c: Excel.Chart) => (c.legend.position = "Middle" as Excel.ChartLegendPosition),
    ],
  ])("%s fails the batch with InvalidArgument", async (_, use) => {
    const emulator = divisions();
    const error = await rejection(
      emulator.run(async (context) => {
        const data = context.workbook.worksheets.getItem("Data");
        use(data.charts.add("BarStacked", data.getRange("C1:D3"), "Columns"));
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });

  it("a series the chart does not have is ItemNotFound", async () => {
    const emulator = divisions();
    const error = await rejection(
      emulator.run(async (context) => {
        const data = context.workbook.worksheets.getItem("Data");
        const chart = data.charts.add("BarStacked", data.getRange("C1:D3"), "Columns");
        chart.series.getItemAt(2).format.fill.setSolidColor("#000000");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
  });

  it("a protected sheet refuses changes to its charts' format", async () => {
    const emulator = divisions();
    await emulator.run(async (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      data.charts.add("BarStacked", data.getRange("C1:D3"), "Columns");
      await context.sync();
    });
    emulator.sheet("Data").protect();
    const error = await rejection(
      emulator.run(async (context) => {
        context.workbook.worksheets.getItem("Data").charts.getItemAt(0).legend.visible = false;
        await context.sync();
      }),
    );
    expect(error.code).toBe("AccessDenied");
    expect(view(emulator).format).toEqual({});
  });

  it("series count and a read of what was set", async () => {
    const emulator = divisions();
    await emulator.run(async (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      const chart = data.charts.add("BarStacked", data.getRange("C1:D3"), "Columns");
      chart.axes.valueAxis.majorUnit = 2;
      await context.sync();
      chart.series.load("count");
      chart.axes.valueAxis.load("majorUnit,maximum");
      await context.sync();
      expect(chart.series.count).toBe(2);
      expect(chart.axes.valueAxis.majorUnit).toBe(2);
      expect(chart.axes.valueAxis.maximum).toBeNull();
    });
  });
});
