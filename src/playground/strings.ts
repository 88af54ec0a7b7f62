/** The playground's own texts (the add-in's texts come from the add-in). */
import type { Lang } from "../domain";

export interface PlaygroundStrings {
  title: string;
  subtitle: string;
  open: string;
  openHint: string;
  download: string;
  downloadNoCharts: string;
  language: string;
  ribbon: string;
  workbook: string;
  nameBox: string;
  formulaBar: string;
  sheets: string;
  pane: string;
  paneClose: string;
  loading: string;
  dropHere: string;
  protectedCell: string;
  cannotOpen: (name: string, reason: string) => string;
  refusedWorkbook: (url: string) => string;
  rowsCut: (rows: number) => string;
  chart: (title: string) => string;
  chartTypeNotDrawn: (type: string) => string;
  series: (n: number) => string;
  dismiss: string;
  backToSample: string;
  busy: string;
  allowedValues: string;
  invalidEntry: string;
}

export const STRINGS: Record<Lang, PlaygroundStrings> = {
  fi: {
    title: "Sitova-kokeilu",
    subtitle: "Sitova-apuohjelma ja emuloitu Excel-työkirja selaimessa",
    open: "Avaa työkirja…",
    openHint: "tai pudota .xlsx-tiedosto tähän",
    download: "Lataa .xlsx",
    downloadNoCharts: "Kaaviot eivät tule mukaan ladattuun tiedostoon.",
    language: "Officen kieli",
    ribbon: "Aloitus-välilehti: Sitova-ryhmä",
    workbook: "Työkirja",
    nameBox: "Nimiruutu",
    formulaBar: "Solun sisältö",
    sheets: "Välilehdet",
    pane: "Sitova-tehtäväruutu",
    paneClose: "Sulje tehtäväruutu",
    loading: "Avataan työkirjaa…",
    dropHere: "Pudota .xlsx-työkirja avataksesi sen",
    protectedCell: "Solu on suojatulla välilehdellä eikä sitä voi muuttaa.",
    cannotOpen: (name, reason) => `${name}: ${reason}`,
    refusedWorkbook: (url) => `Työkirjaa ${url} ei avattu: vain tämän sivuston osoitteet käyvät.`,
    rowsCut: (rows) => `Näytetään ${rows} ensimmäistä riviä.`,
    chart: (title) => `Kaavio: ${title}`,
    chartTypeNotDrawn: (type) => `Kaaviotyyppiä ${type} ei piirretä kokeilussa; näytetään pylväinä.`,
    series: (n) => `Sarja${n}`,
    dismiss: "Sulje ilmoitus",
    backToSample: "Palaa esimerkkityökirjaan",
    busy: "Toiminto on käynnissä",
    allowedValues: "Sallitut arvot",
    invalidEntry: "Arvo ei vastaa solulle määritettyjä kelpoisuusehtoja.",
  },
  sv: {
    title: "Sitova-lekplats",
    subtitle: "Tillägget Sitova och en emulerad Excel-arbetsbok i webbläsaren",
    open: "Öppna arbetsbok…",
    openHint: "eller släpp en .xlsx-fil här",
    download: "Ladda ned .xlsx",
    downloadNoCharts: "Diagrammen följer inte med i den nedladdade filen.",
    language: "Office-språk",
    ribbon: "Fliken Start: gruppen Sitova",
    workbook: "Arbetsbok",
    nameBox: "Namnruta",
    formulaBar: "Cellens innehåll",
    sheets: "Blad",
    pane: "Sitovas åtgärdsfönster",
    paneClose: "Stäng åtgärdsfönstret",
    loading: "Arbetsboken öppnas…",
    dropHere: "Släpp en .xlsx-arbetsbok för att öppna den",
    protectedCell: "Cellen finns på ett skyddat blad och kan inte ändras.",
    cannotOpen: (name, reason) => `${name}: ${reason}`,
    refusedWorkbook: (url) => `Arbetsboken ${url} öppnades inte: bara adresser på den här webbplatsen går.`,
    rowsCut: (rows) => `De ${rows} första raderna visas.`,
    chart: (title) => `Diagram: ${title}`,
    chartTypeNotDrawn: (type) => `Diagramtypen ${type} ritas inte här; visas som staplar.`,
    series: (n) => `Serie${n}`,
    dismiss: "Stäng meddelandet",
    backToSample: "Tillbaka till exempelarbetsboken",
    busy: "Kommandot körs",
    allowedValues: "Tillåtna värden",
    invalidEntry: "Värdet stämmer inte med dataverifieringen för cellen.",
  },
  en: {
    title: "Sitova playground",
    subtitle: "The Sitova add-in and an emulated Excel workbook in your browser",
    open: "Open workbook…",
    openHint: "or drop an .xlsx file here",
    download: "Download .xlsx",
    downloadNoCharts: "Charts are not included in the downloaded file.",
    language: "Office language",
    ribbon: "Home tab: Sitova group",
    workbook: "Workbook",
    nameBox: "Name box",
    formulaBar: "Cell contents",
    sheets: "Sheets",
    pane: "Sitova task pane",
    paneClose: "Close the task pane",
    loading: "Opening the workbook…",
    dropHere: "Drop an .xlsx workbook to open it",
    protectedCell: "The cell is on a protected sheet and cannot be changed.",
    cannotOpen: (name, reason) => `${name}: ${reason}`,
    refusedWorkbook: (url) => `The workbook ${url} was not opened: only addresses on this site are allowed.`,
    rowsCut: (rows) => `Showing the first ${rows} rows.`,
    chart: (title) => `Chart: ${title}`,
    chartTypeNotDrawn: (type) => `The chart type ${type} is not drawn here; shown as columns.`,
    series: (n) => `Series${n}`,
    dismiss: "Dismiss the message",
    backToSample: "Back to the sample workbook",
    busy: "The command is running",
    allowedValues: "Allowed values",
    invalidEntry: "This value doesn't match the data validation restrictions defined for this cell.",
  },
};
