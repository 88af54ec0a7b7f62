// Writes benchmark workbooks: one goal sheet of N rows in the real sheet's layout, with a few defects.
const ExcelJS = require("exceljs");

const HEADER = [
  "Kaupunkistrategian teema",
  "Sitova toiminnan tavoite",
  "Sitovan toiminnan tavoitteen mittarit",
  "Palautusmittari",
  "Ennuste 1/2021",
  "Ennuste 2/2021",
  "Kommentit",
  "Mittarin numeerinen ennuste",
  "Kytkeytyminen kaupunkiyhteisiin hankkeisiin ja yhteissuunnitteluun",
];
const THEMES = [
  "Maailman toimivin kaupunki",
  "Uudistuvat palvelut",
  "Kestävän kasvun turvaaminen on kaupungin keskeisin tehtävä",
];

function goalRow(i) {
  const atRisk = i % 7 === 0;
  return [
    i % 101 === 0 ? "Uudistuvat palvelu" : THEMES[i % THEMES.length],
    `Tavoite ${i}\nToimiala kehittää palvelujaan yhdessä asukkaiden kanssa.`,
    `Mittari: toimenpide ${i} on tehty vuoden loppuun mennessä.`,
    i % 3 === 0 ? "Kyllä" : "Ei",
    "Toteutuu",
    atRisk ? "Ei toteudu" : "Toteutuu",
    i % 13 === 0 ? "" : `Riskit: aikataulu ja resurssit (${i}).`,
    atRisk ? 0.7 : 1,
    "Palvelujen saavutettavuus",
  ];
}

/** Streams a workbook of `rows` goals to `file`. */
async function writeGoalWorkbook(file, rows) {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: true,
    useStyles: true,
  });
  const sheet = writer.addWorksheet("Enn2");
  sheet.addRow(["KUVA"]).commit();
  sheet.addRow(["Sitovat tavoitteet"]).commit();
  sheet.addRow(HEADER).commit();
  for (let i = 1; i <= rows; i++) {
    const row = sheet.addRow(goalRow(i));
    row.getCell(8).numFmt = "0 %";
    row.commit();
  }
  sheet.commit();
  await writer.commit();
}

module.exports = { writeGoalWorkbook, HEADER, goalRow };
