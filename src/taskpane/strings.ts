/**
 * Every text of the task pane, in Finnish, Swedish and English. `{name}` marks a parameter; counts
 * ("1 virhe", "2 virhettä") come from the engine's `countPhrase`. Finnish is the reference: the other
 * languages must have exactly its keys (the type says so, and tests/taskpane/strings.test.ts checks it).
 */
import type { Countable, Lang, Severity } from "../domain";
import { countPhrase, formatMessage } from "../domain";

const fi = {
  appTitle: "Sitova",
  viewsLabel: "Näkymät",
  view_results: "Tulokset",
  view_settings: "Asetukset",
  view_input: "Syöttösäännöt",

  statusOk: "Kunnossa",
  statusHeading: "Työkirjan tila",
  notChecked: "Työkirjaa ei ole vielä tarkistettu",
  notCheckedHint:
    "Valitse Tarkista: Sitova etsii jokaiselta välilehdeltä tavoitetaulukon ja kertoo solun tarkkuudella, mikä on vialla.",
  checkedAt: "Tarkistettu {time}",
  tablesCaption: "Löydetyt tavoitetaulukot",
  tableSheet: "Välilehti",
  tableRows: "Tavoitteita",
  tableYear: "Vuosi",
  tableRounds: "Ennusteet",
  unknown: "ei tiedossa",
  severityExplained: "Virheet on korjattava ennen palautusta; varoitukset ja huomiot ovat neuvoja.",
  statusDetails: "Tarkistuksen tiedot",

  check: "Tarkista",
  checking: "Tarkistetaan…",
  progressLabel: "Tarkistuksen eteneminen",
  phase_reading: "Luetaan työkirjaa…",
  phase_checking: "Tarkistetaan tavoitteita…",
  phase_marking: "Merkitään soluja ja päivitetään Tarkistus-välilehteä…",
  announceDone: "Tarkistus valmis: {summary}",
  summary: "Yhteenveto",
  summaryHint:
    "Lisää yhteenvetovälilehden kaavioineen: ennusteet teemoittain, muutokset edellisestä kierroksesta ja vaarassa olevat tavoitteet.",
  summaryDone: "Yhteenveto päivitetty välilehdelle {sheet}.",

  highlights: "Korostukset",
  highlightsHint:
    "Värittää solut, joissa on löydöksiä, ehdollisella muotoilulla. Pois päältä poistaa sen; solujen omat muotoilut säilyvät.",
  live: "Jatkuva tarkistus",
  liveHint: "Tarkistaa muokatun välilehden uudelleen heti muutoksen jälkeen.",

  filtersLabel: "Suodata löydöksiä",
  severityFilter: "Näytä vakavuudet",
  sev_error: "Virhe",
  sev_warning: "Varoitus",
  sev_info: "Huomio",
  sevGroup_error: "Virheet",
  sevGroup_warning: "Varoitukset",
  sevGroup_info: "Huomiot",
  ruleFilter: "Sääntö",
  allRules: "Kaikki säännöt",
  search: "Hae löydöksistä",
  searchPlaceholder: "Solu, sääntö tai teksti",
  showing: "Näytetään {shown}/{total} löydöstä",
  toolbarLabel: "Löydösten haku ja suodatus",
  filterButton: "Suodata",
  filterButtonActive: "Suodata ({n})",
  optionsButton: "Valinnat",
  clearFilters: "Tyhjennä suodattimet",

  findingsLabel: "Löydökset",
  listHelp:
    "Ylä- ja alanuoli siirtävät löydöksestä toiseen, vasen ja oikea nuoli kortin painikkeisiin, Home ja End alkuun ja loppuun. Enter valitsee solun.",
  workbookGroup: "Koko työkirja",
  groupCount: "{label} ({n})",
  workbookPlace: "työkirja",
  rowPlace: "rivi {row}",
  showDoc: "Näytä ohje: {title} ({place})",
  hideDoc: "Piilota ohje: {title} ({place})",
  docWhat: "Mitä tarkistetaan",
  docWhy: "Miksi",
  docExample: "Esimerkki",
  docFix: "Näin korjaat",
  noFindingsTitle: "Ei löydöksiä",
  noFindings: "Tavoitetaulukoista ei löytynyt korjattavaa.",
  noMatchesTitle: "Ei osumia",
  noMatches: "Mikään löydös ei vastaa valittuja suodattimia tai hakua.",

  noTableTitle: "Tavoitetaulukkoa ei löytynyt",
  noTableBody:
    "Sitova etsii jokaisen välilehden {rows} ensimmäiseltä riviltä otsikkoriviä, jossa on vähintään kolme seuraavista otsikoista ja niistä yksi ennustesarake:",
  noTableForecast: "{header}, esim. Ennuste 2/2021",
  noTableFix:
    "Korjaa otsikoiden kirjoitusasu tai lataa asetuksista skeema, jossa on teidän otsikkonne, ja tarkista uudelleen.",
  errorTitle: "Sitova ei voinut tehdä tätä",
  dismiss: "Sulje",
  featureMergedTitle: "Yhdistettyjä soluja ei lueta",
  featureMergedBody:
    "Tämä Excel-versio ei tue ExcelApi 1.13 -rajapintaa, joten yhdistetyn alueen arvo lasketaan vain sen vasempaan yläsoluun ja alas yhdistetty teema voi näkyä puuttuvana. Päivitä Excel (Microsoft 365), niin yhdistetyt solut luetaan kokonaan.",

  language: "Kieli",
  languageHint: "Oletuksena Officen näyttökieli.",
  lang_fi: "suomi",
  lang_sv: "ruotsi (svenska)",
  lang_en: "englanti (English)",
  rulesHeading: "Säännöt tässä työkirjassa",
  rulesHint: "Valinnat tallentuvat työkirjaan, joten ne kulkevat tiedoston mukana muille tarkistajille.",
  ruleDefault: "Oletus ({severity})",
  ruleOff: "Pois käytöstä",
  ruleSetting_error: "Virhe",
  ruleSetting_warning: "Varoitus",
  ruleSetting_info: "Huomio",
  resetRules: "Palauta oletukset",
  saving: "Tallennetaan…",
  schemaHeading: "Skeema",
  schemaHint:
    'Skeema määrää otsikot, sallitut arvot, strategian teemat ja sääntöjen oletukset. Omalla tiedostolla voi korvata sisäänrakennetun tai täydentää sitä ("extends": "builtin").',
  schemaBuiltin: "Käytössä sisäänrakennettu skeema, versio {version}.",
  schemaCustom: "Käytössä tiedosto {name}, versio {version}, kunnes Sitova suljetaan.",
  schemaLoad: "Lataa skeematiedosto (JSON)",
  schemaReset: "Käytä sisäänrakennettua",
  schemaJson:
    "Tiedosto {name} ei ole kelvollista JSONia. Tarkista tiedosto (esimerkiksi puuttuva pilkku, lainausmerkki tai sulje) tai pyydä skeeman laatijalta korjattu versio.",
  schemaInvalid: "Tiedosto {name} ei kelpaa skeemaksi. Korjaa alla mainitut kohdat tai pyydä skeeman laatijalta korjattu versio.",
  schemaUnreadable: "Tiedostoa {name} ei voitu lukea.",
  adminHeading: "Ylläpito",
  adminHint: "Skeematiedosto ja Excelin diagnostiikka, pääkäyttäjille ja IT-tuelle.",
  ruleId: "Tunnus: {id}",

  inputIntro:
    "Asentaa tavoitetaulukoihin Excelin omat tietojen kelpoisuustarkistukset: pudotusvalikon ennustesarakkeisiin ja Palautusmittariin sekä 0–100 % -säännön numeeriseen ennusteeseen, kukin syöttöviestillä ja virheilmoituksella tämän ruudun kielellä. Arvoja ei muuteta.",
  inputInstall: "Asenna syöttösäännöt",
  inputRemove: "Poista syöttösäännöt",
  inputBusy: "Käsitellään…",
  inputCount: "Sitovan syöttösääntöalueita tässä työkirjassa: {n}.",
  inputInstalled: "Syöttösäännöt asennettu. Alueita {ranges}, soluja {cells}.",
  inputSkipped: "Ohitettiin, koska niissä on jo oma kelpoisuustarkistus: {list}.",
  inputRemoved: "Syöttösäännöt poistettu. Alueita {ranges}.",
  inputKept: "Jätettiin ennalleen, koska niitä on muutettu asennuksen jälkeen: {list}.",
  inputNoTable: "Syöttösääntöjä ei asennettu, koska tavoitetaulukkoa ei löytynyt.",

  undoTitle: "Sitovan muutokset tyhjentävät kumoamishistorian",
  undoDismiss: "Selvä",
  undoBody:
    "Tässä Excelissä apuohjelman muutos tyhjentää kumoamishistorian: kun Sitova merkitsee soluja tai päivittää Tarkistus-välilehden, Ctrl+Z ei enää peru sitä ennen tekemiäsi muokkauksia. Tallenna työkirja ennen tarkistusta, jos haluat voida palata.",
  undoLive:
    "Jatkuva tarkistus on päällä: aina kun Sitova päivittää korostukset muokkauksesi jälkeen, Excelin kumoamishistoria tyhjenee, eikä Ctrl+Z peru aiempia muokkauksia.",
  undoLiveHint: "Tässä Excelissä jokainen päivitys tyhjentää kumoamishistorian (Ctrl+Z).",

  diagHeading: "Diagnostiikka",
  diagIntro:
    "Kokeilee tässä Excelissä jokaista toimintoa, jota Sitova tarvitsee, väliaikaisella välilehdellä, joka poistetaan heti. Työkirjan tietoihin ei kosketa. Tulokset voi kopioida tekstinä esimerkiksi IT-tuelle.",
  diagRun: "Suorita diagnostiikka",
  diagRunning: "Kokeillaan Excelin toimintoja…",
  diagResults: "Diagnostiikan tulokset",
  diagSummary: "{pass} toimii, {fail} ei toimi, {limited} rajoitettu, {skipped} ohitettu",
  diagRanAt: "Suoritettu {time}",
  diagCopy: "Kopioi tulokset",
  diagCopied: "Tulokset kopioitu leikepöydälle.",
  diagCopyFailed: "Kopiointi ei onnistunut. Valitse teksti alla olevasta kentästä ja kopioi se (Ctrl+C).",
  diagText: "Tulokset tekstinä",
  diagStatus_pass: "Toimii",
  diagStatus_fail: "Ei toimi",
  diagStatus_limited: "Rajoitettu",
  diagStatus_skipped: "Ohitettu",
  diag_requirementSets: "Rajapintaversiot (ExcelApi)",
  diagHelp_requirementSets:
    "Osa uudemmista rajapinnoista puuttuu; Sitova käyttää niiden tilalla varatapaa (katso alla).",
  diag_delayForCellEdit: "Odotus solun muokkauksen ajan (ExcelApi 1.11)",
  diagHelp_delayForCellEdit:
    "Jos solua muokataan kesken Sitovan työn, Sitova pyytää lopettamaan muokkauksen ja yrittämään uudelleen.",
  diag_undoGroup: "Kumoaminen yhtenä vaiheena (ExcelApi 1.20)",
  diagHelp_undoGroup: "Sitovan muutokset tyhjentävät Excelin kumoamishistorian (Ctrl+Z).",
  diag_tempSheet: "Välilehden lisääminen",
  diagHelp_tempSheet:
    "Sitova ei voi lisätä Tarkistus- tai Yhteenveto-välilehteä. Onko työkirjan rakenne suojattu, tiedosto vain luku -tilassa tai toinen työkirja aktiivisena?",
  diag_addressList: "Pilkulla eroteltu aluelista (A1,C3)",
  diagHelp_addressList:
    "Tämä Excel ei hyväksy pilkulla eroteltua aluelistaa (näin käy mm. Windowsissa, jonka luetteloerotin on puolipiste). Lisätieto kertoo, toimiiko puolipiste.",
  diag_conditionalFormat: "Ehdollinen muotoilu: lisäys, kaavan luku ja poisto",
  diagHelp_conditionalFormat: "Sitovan korostukset eivät toimi tässä Excelissä.",
  diag_statePart: "Sitovan tiedot työkirjassa (mukautettu XML-osa)",
  diagHelp_statePart: "Sääntöasetukset ja syöttösääntöjen tiedot eivät tallennu työkirjaan.",
  diag_sheetNames: "Välilehden oma nimi (tunniste)",
  diagHelp_sheetNames: "Sitova ei tunnista omia välilehtiään, joten se ei voi päivittää niitä turvallisesti.",
  diag_events: "Muutostapahtumat",
  diagHelp_events: "Jatkuva tarkistus ei huomaa muokkauksia tässä Excelissä.",
  diag_cleanup: "Väliaikaisen välilehden poisto",
  diagHelp_cleanup: "Poista diagnostiikan välilehti (Sitova-diagnostiikka-…) käsin.",
};

export type StringKey = keyof typeof fi;
export type Strings = Record<StringKey, string>;

const sv: Strings = {
  appTitle: "Sitova",
  viewsLabel: "Vyer",
  view_results: "Resultat",
  view_settings: "Inställningar",
  view_input: "Inmatningsregler",

  statusOk: "I ordning",
  statusHeading: "Arbetsbokens status",
  notChecked: "Arbetsboken har inte granskats ännu",
  notCheckedHint:
    "Välj Granska: Sitova söker måltabellen på varje blad och anger cell för cell vad som är fel.",
  checkedAt: "Granskad {time}",
  tablesCaption: "Hittade måltabeller",
  tableSheet: "Blad",
  tableRows: "Mål",
  tableYear: "År",
  tableRounds: "Prognoser",
  unknown: "okänt",
  severityExplained: "Fel måste rättas innan blanketten lämnas in; varningar och info är råd.",
  statusDetails: "Granskningens detaljer",

  check: "Granska",
  checking: "Granskar…",
  progressLabel: "Granskningens förlopp",
  phase_reading: "Läser arbetsboken…",
  phase_checking: "Granskar målen…",
  phase_marking: "Markerar celler och uppdaterar granskningsbladet…",
  announceDone: "Granskningen är klar: {summary}",
  summary: "Sammanfattning",
  summaryHint:
    "Lägger till ett sammanfattningsblad med diagram: prognoser per tema, ändringar sedan förra omgången och mål i riskzonen.",
  summaryDone: "Sammanfattningen har uppdaterats på bladet {sheet}.",

  highlights: "Markeringar",
  highlightsHint:
    "Färgar cellerna med fynd med villkorsstyrd formatering. Av tar bort den; cellernas egna format finns kvar.",
  live: "Löpande granskning",
  liveHint: "Granskar det ändrade bladet på nytt direkt efter ändringen.",

  filtersLabel: "Filtrera fynd",
  severityFilter: "Visa allvarlighetsgrader",
  sev_error: "Fel",
  sev_warning: "Varning",
  sev_info: "Info",
  sevGroup_error: "Fel",
  sevGroup_warning: "Varningar",
  sevGroup_info: "Info",
  ruleFilter: "Regel",
  allRules: "Alla regler",
  search: "Sök bland fynden",
  searchPlaceholder: "Cell, regel eller text",
  showing: "Visar {shown} av {total} fynd",
  toolbarLabel: "Sök och filtrera fynden",
  filterButton: "Filtrera",
  filterButtonActive: "Filtrera ({n})",
  optionsButton: "Alternativ",
  clearFilters: "Rensa filter",

  findingsLabel: "Fynd",
  listHelp:
    "Upp- och nedpil flyttar mellan fynden, vänster- och högerpil till kortets knappar, Home och End till början och slutet. Enter markerar cellen.",
  workbookGroup: "Hela arbetsboken",
  groupCount: "{label} ({n})",
  workbookPlace: "arbetsbok",
  rowPlace: "rad {row}",
  showDoc: "Visa hjälp: {title} ({place})",
  hideDoc: "Dölj hjälp: {title} ({place})",
  docWhat: "Vad kontrolleras",
  docWhy: "Varför",
  docExample: "Exempel",
  docFix: "Så här rättar du",
  noFindingsTitle: "Inga fynd",
  noFindings: "Måltabellerna har inget att rätta.",
  noMatchesTitle: "Inga träffar",
  noMatches: "Inga fynd motsvarar de valda filtren eller sökningen.",

  noTableTitle: "Ingen måltabell hittades",
  noTableBody:
    "Sitova söker på de {rows} första raderna av varje blad en rubrikrad med minst tre av följande rubriker, varav en prognoskolumn:",
  noTableForecast: "{header}, t.ex. Ennuste 2/2021",
  noTableFix:
    "Rätta rubrikernas stavning eller läs in ett schema med era rubriker under Inställningar, och granska på nytt.",
  errorTitle: "Sitova kunde inte göra detta",
  dismiss: "Stäng",
  featureMergedTitle: "Sammanfogade celler läses inte",
  featureMergedBody:
    "Den här Excel-versionen stöder inte ExcelApi 1.13, så värdet i ett sammanfogat område räknas bara i dess övre vänstra cell och ett tema som sammanfogats nedåt kan se ut att saknas. Uppdatera Excel (Microsoft 365) så läses sammanfogade celler helt.",

  language: "Språk",
  languageHint: "Som standard Offices visningsspråk.",
  lang_fi: "finska (suomi)",
  lang_sv: "svenska",
  lang_en: "engelska (English)",
  rulesHeading: "Regler i den här arbetsboken",
  rulesHint: "Valen sparas i arbetsboken, så de följer med filen till andra granskare.",
  ruleDefault: "Standard ({severity})",
  ruleOff: "Av",
  ruleSetting_error: "Fel",
  ruleSetting_warning: "Varning",
  ruleSetting_info: "Info",
  resetRules: "Återställ standard",
  saving: "Sparar…",
  schemaHeading: "Schema",
  schemaHint:
    'Schemat bestämmer rubriker, tillåtna värden, strategins teman och reglernas standard. En egen fil kan ersätta det inbyggda eller komplettera det ("extends": "builtin").',
  schemaBuiltin: "Det inbyggda schemat används, version {version}.",
  schemaCustom: "Filen {name} används, version {version}, tills Sitova stängs.",
  schemaLoad: "Läs in schemafil (JSON)",
  schemaReset: "Använd det inbyggda",
  schemaJson:
    "Filen {name} är inte giltig JSON. Kontrollera filen (till exempel ett kommatecken, citattecken eller en parentes som fattas) eller be den som gjort schemat om en rättad version.",
  schemaInvalid:
    "Filen {name} duger inte som schema. Rätta punkterna nedan eller be den som gjort schemat om en rättad version.",
  schemaUnreadable: "Filen {name} kunde inte läsas.",
  adminHeading: "Underhåll",
  adminHint: "Schemafilen och Excels diagnostik, för administratörer och IT-support.",
  ruleId: "Id: {id}",

  inputIntro:
    "Installerar Excels egna dataverifieringar i måltabellerna: en listruta i prognoskolumnerna och i Palautusmittari och en regel 0–100 % för den numeriska prognosen, var och en med inmatningsmeddelande och felmeddelande på den här rutans språk. Inga värden ändras.",
  inputInstall: "Installera inmatningsregler",
  inputRemove: "Ta bort inmatningsregler",
  inputBusy: "Arbetar…",
  inputCount: "Områden med Sitovas inmatningsregler i arbetsboken: {n}.",
  inputInstalled: "Inmatningsreglerna är installerade. Områden {ranges}, celler {cells}.",
  inputSkipped: "Hoppades över eftersom de redan har en egen dataverifiering: {list}.",
  inputRemoved: "Inmatningsreglerna är borttagna. Områden {ranges}.",
  inputKept: "Lämnades orörda eftersom de har ändrats efter installationen: {list}.",
  inputNoTable: "Inga inmatningsregler installerades eftersom ingen måltabell hittades.",

  undoTitle: "Sitovas ändringar tömmer ångrahistoriken",
  undoDismiss: "Uppfattat",
  undoBody:
    "I den här Excel-versionen tömmer en ändring av ett tillägg ångrahistoriken: när Sitova markerar celler eller uppdaterar granskningsbladet kan Ctrl+Z inte längre ångra dina tidigare ändringar. Spara arbetsboken före granskningen om du vill kunna gå tillbaka.",
  undoLive:
    "Löpande granskning är på: varje gång Sitova uppdaterar markeringarna efter din ändring töms Excels ångrahistorik, och Ctrl+Z ångrar inte tidigare ändringar.",
  undoLiveHint: "I den här Excel-versionen tömmer varje uppdatering ångrahistoriken (Ctrl+Z).",

  diagHeading: "Diagnostik",
  diagIntro:
    "Provar i den här Excel-versionen varje funktion som Sitova behöver, på ett tillfälligt blad som tas bort direkt. Arbetsbokens data rörs inte. Resultaten kan kopieras som text, till exempel till IT-supporten.",
  diagRun: "Kör diagnostik",
  diagRunning: "Provar Excels funktioner…",
  diagResults: "Diagnostikens resultat",
  diagSummary: "{pass} fungerar, {fail} fungerar inte, {limited} begränsade, {skipped} överhoppade",
  diagRanAt: "Körd {time}",
  diagCopy: "Kopiera resultaten",
  diagCopied: "Resultaten har kopierats till Urklipp.",
  diagCopyFailed: "Kopieringen lyckades inte. Markera texten i fältet nedan och kopiera den (Ctrl+C).",
  diagText: "Resultaten som text",
  diagStatus_pass: "Fungerar",
  diagStatus_fail: "Fungerar inte",
  diagStatus_limited: "Begränsad",
  diagStatus_skipped: "Överhoppad",
  diag_requirementSets: "API-versioner (ExcelApi)",
  diagHelp_requirementSets:
    "Några nyare API:er saknas; Sitova använder en reservlösning i stället (se nedan).",
  diag_delayForCellEdit: "Väntan medan en cell redigeras (ExcelApi 1.11)",
  diagHelp_delayForCellEdit:
    "Om en cell redigeras medan Sitova arbetar ber Sitova dig avsluta redigeringen och försöka igen.",
  diag_undoGroup: "Ångra i ett steg (ExcelApi 1.20)",
  diagHelp_undoGroup: "Sitovas ändringar tömmer Excels ångrahistorik (Ctrl+Z).",
  diag_tempSheet: "Lägga till ett blad",
  diagHelp_tempSheet:
    "Sitova kan inte lägga till gransknings- eller sammanfattningsbladet. Är arbetsbokens struktur skyddad, filen skrivskyddad eller en annan arbetsbok aktiv?",
  diag_addressList: "Områdeslista med kommatecken (A1,C3)",
  diagHelp_addressList:
    "Den här Excel-versionen godtar inte en områdeslista med kommatecken (så är det t.ex. i Windows med semikolon som listavgränsare). Tilläggsuppgiften visar om semikolon fungerar.",
  diag_conditionalFormat: "Villkorsstyrd formatering: lägga till, läsa formeln, ta bort",
  diagHelp_conditionalFormat: "Sitovas markeringar fungerar inte i den här Excel-versionen.",
  diag_statePart: "Sitovas data i arbetsboken (anpassad XML-del)",
  diagHelp_statePart: "Regelinställningarna och uppgifterna om inmatningsreglerna sparas inte i arbetsboken.",
  diag_sheetNames: "Bladets eget namn (märkning)",
  diagHelp_sheetNames: "Sitova känner inte igen sina egna blad och kan därför inte uppdatera dem säkert.",
  diag_events: "Ändringshändelser",
  diagHelp_events: "Löpande granskning märker inte ändringar i den här Excel-versionen.",
  diag_cleanup: "Ta bort det tillfälliga bladet",
  diagHelp_cleanup: "Ta bort diagnostikbladet (Sitova-diagnostiikka-…) för hand.",
};

const en: Strings = {
  appTitle: "Sitova",
  viewsLabel: "Views",
  view_results: "Results",
  view_settings: "Settings",
  view_input: "Input rules",

  statusOk: "OK",
  statusHeading: "Workbook status",
  notChecked: "The workbook has not been checked yet",
  notCheckedHint:
    "Choose Check: Sitova finds the goal table on each sheet and tells you, cell by cell, what is wrong.",
  checkedAt: "Checked {time}",
  tablesCaption: "Goal tables found",
  tableSheet: "Sheet",
  tableRows: "Goals",
  tableYear: "Year",
  tableRounds: "Forecasts",
  unknown: "unknown",
  severityExplained: "Errors must be fixed before the form is returned; warnings and info are advice.",
  statusDetails: "About this check",

  check: "Check",
  checking: "Checking…",
  progressLabel: "Check progress",
  phase_reading: "Reading the workbook…",
  phase_checking: "Checking the goals…",
  phase_marking: "Marking cells and updating the Check sheet…",
  announceDone: "Check finished: {summary}",
  summary: "Summary",
  summaryHint:
    "Adds a summary sheet with charts: forecasts by theme, changes since the previous round and goals at risk.",
  summaryDone: "The summary was updated on the sheet {sheet}.",

  highlights: "Highlights",
  highlightsHint:
    "Colours the cells that have findings with conditional formatting. Off removes it; the cells' own formats stay.",
  live: "Live validation",
  liveHint: "Checks an edited sheet again right after each change.",

  filtersLabel: "Filter findings",
  severityFilter: "Show severities",
  sev_error: "Error",
  sev_warning: "Warning",
  sev_info: "Info",
  sevGroup_error: "Errors",
  sevGroup_warning: "Warnings",
  sevGroup_info: "Infos",
  ruleFilter: "Rule",
  allRules: "All rules",
  search: "Search findings",
  searchPlaceholder: "Cell, rule or text",
  showing: "Showing {shown} of {total} findings",
  toolbarLabel: "Search and filter findings",
  filterButton: "Filter",
  filterButtonActive: "Filter ({n})",
  optionsButton: "Options",
  clearFilters: "Clear filters",

  findingsLabel: "Findings",
  listHelp:
    "Up and down arrows move between findings, left and right arrows to the card's buttons, Home and End to the first and last. Enter selects the cell.",
  workbookGroup: "Whole workbook",
  groupCount: "{label} ({n})",
  workbookPlace: "workbook",
  rowPlace: "row {row}",
  showDoc: "Show explanation: {title} ({place})",
  hideDoc: "Hide explanation: {title} ({place})",
  docWhat: "What it checks",
  docWhy: "Why",
  docExample: "Example",
  docFix: "How to fix",
  noFindingsTitle: "No findings",
  noFindings: "The goal tables have nothing to fix.",
  noMatchesTitle: "No matches",
  noMatches: "No finding matches the selected filters or search.",

  noTableTitle: "No goal table found",
  noTableBody:
    "Sitova looks in the first {rows} rows of each sheet for a header row with at least three of these headers, one of them a forecast column:",
  noTableForecast: "{header}, e.g. Ennuste 2/2021",
  noTableFix:
    "Correct the spelling of the headers, or load a schema with your headers under Settings, and check again.",
  errorTitle: "Sitova could not do this",
  dismiss: "Dismiss",
  featureMergedTitle: "Merged cells are not read",
  featureMergedBody:
    "This version of Excel lacks ExcelApi 1.13, so a merged area's value counts only in its top-left cell, and a theme merged down over several goals may look missing. Update Excel (Microsoft 365) to have merged cells read in full.",

  language: "Language",
  languageHint: "Office's display language by default.",
  lang_fi: "Finnish (suomi)",
  lang_sv: "Swedish (svenska)",
  lang_en: "English",
  rulesHeading: "Rules in this workbook",
  rulesHint: "Your choices are saved in the workbook, so they travel with the file to other reviewers.",
  ruleDefault: "Default ({severity})",
  ruleOff: "Off",
  ruleSetting_error: "Error",
  ruleSetting_warning: "Warning",
  ruleSetting_info: "Info",
  resetRules: "Reset to defaults",
  saving: "Saving…",
  schemaHeading: "Schema",
  schemaHint:
    'The schema sets the headers, allowed values, strategy themes and rule defaults. A file of your own can replace the built-in one or add to it ("extends": "builtin").',
  schemaBuiltin: "Using the built-in schema, version {version}.",
  schemaCustom: "Using the file {name}, version {version}, until Sitova is closed.",
  schemaLoad: "Load a schema file (JSON)",
  schemaReset: "Use the built-in one",
  schemaJson:
    "The file {name} is not valid JSON. Check the file (for example a missing comma, quote or bracket) or ask whoever made the schema for a corrected version.",
  schemaInvalid:
    "The file {name} is not a valid schema. Correct the points below or ask whoever made the schema for a corrected version.",
  schemaUnreadable: "The file {name} could not be read.",
  adminHeading: "Administration",
  adminHint: "The schema file and Excel diagnostics, for administrators and IT support.",
  ruleId: "Id: {id}",

  inputIntro:
    "Installs Excel's own data validation on the goal tables: a drop-down list on the forecast columns and on Palautusmittari, and a 0–100 % rule on the numeric forecast, each with an input message and an error alert in this pane's language. No value is changed.",
  inputInstall: "Install input rules",
  inputRemove: "Remove input rules",
  inputBusy: "Working…",
  inputCount: "Ranges with Sitova's input rules in this workbook: {n}.",
  inputInstalled: "Input rules installed. Ranges {ranges}, cells {cells}.",
  inputSkipped: "Skipped because they already have a data validation of their own: {list}.",
  inputRemoved: "Input rules removed. Ranges {ranges}.",
  inputKept: "Left as they are because they were changed after installing: {list}.",
  inputNoTable: "No input rules were installed because no goal table was found.",

  undoTitle: "Sitova's changes clear the undo history",
  undoDismiss: "Got it",
  undoBody:
    "In this version of Excel a change made by an add-in clears the undo history: once Sitova marks cells or updates the Check sheet, Ctrl+Z can no longer undo the edits you made before. Save the workbook before checking if you want to be able to go back.",
  undoLive:
    "Live validation is on: each time Sitova updates the highlights after your edit, Excel's undo history is cleared, and Ctrl+Z cannot undo your earlier edits.",
  undoLiveHint: "In this version of Excel each update clears the undo history (Ctrl+Z).",

  diagHeading: "Diagnostics",
  diagIntro:
    "Tries each feature Sitova needs in this Excel, on a temporary sheet that is removed straight away. The workbook's data is not touched. The results can be copied as text, for example for IT support.",
  diagRun: "Run diagnostics",
  diagRunning: "Trying Excel's features…",
  diagResults: "Diagnostics results",
  diagSummary: "{pass} work, {fail} fail, {limited} limited, {skipped} skipped",
  diagRanAt: "Run {time}",
  diagCopy: "Copy the results",
  diagCopied: "The results were copied to the clipboard.",
  diagCopyFailed: "Copying did not work. Select the text in the box below and copy it (Ctrl+C).",
  diagText: "The results as text",
  diagStatus_pass: "Works",
  diagStatus_fail: "Fails",
  diagStatus_limited: "Limited",
  diagStatus_skipped: "Skipped",
  diag_requirementSets: "API versions (ExcelApi)",
  diagHelp_requirementSets: "Some newer APIs are missing; Sitova uses a fallback instead (see below).",
  diag_delayForCellEdit: "Waiting while a cell is edited (ExcelApi 1.11)",
  diagHelp_delayForCellEdit:
    "If a cell is being edited while Sitova works, Sitova asks you to finish editing and try again.",
  diag_undoGroup: "Undo in one step (ExcelApi 1.20)",
  diagHelp_undoGroup: "Sitova's changes clear Excel's undo history (Ctrl+Z).",
  diag_tempSheet: "Adding a sheet",
  diagHelp_tempSheet:
    "Sitova cannot add the Check or Summary sheet. Is the workbook's structure protected, the file read-only, or another workbook active?",
  diag_addressList: "Comma-separated range list (A1,C3)",
  diagHelp_addressList:
    "This Excel does not take a comma-separated range list (as on Windows whose list separator is a semicolon). The detail says whether a semicolon works.",
  diag_conditionalFormat: "Conditional formatting: add, read the formula, delete",
  diagHelp_conditionalFormat: "Sitova's highlights do not work in this Excel.",
  diag_statePart: "Sitova's data in the workbook (custom XML part)",
  diagHelp_statePart: "Rule settings and the record of input rules are not saved in the workbook.",
  diag_sheetNames: "A sheet's own name (tag)",
  diagHelp_sheetNames: "Sitova cannot recognise its own sheets, so it cannot update them safely.",
  diag_events: "Change events",
  diagHelp_events: "Live validation does not notice edits in this Excel.",
  diag_cleanup: "Removing the temporary sheet",
  diagHelp_cleanup: "Delete the diagnostics sheet (Sitova-diagnostiikka-…) by hand.",
};

export const STRINGS: Record<Lang, Strings> = { fi, sv, en };

/** A translator for one language: `t("checkedAt", { time })`. */
export interface Translator {
  lang: Lang;
  (key: StringKey, data?: Record<string, string | number>): string;
  /** `1 virhe`, `2 virhettä`: the engine's count phrases, with the language's plural rules. */
  count(noun: Countable, n: number): string;
  severity(severity: Severity): string;
}

export function translator(lang: Lang): Translator {
  const strings = STRINGS[lang];
  const t = ((key: StringKey, data?: Record<string, string | number>) =>
    data ? formatMessage(strings[key], data) : strings[key]) as Translator;
  t.lang = lang;
  t.count = (noun, n) => countPhrase(n, noun, lang);
  t.severity = (severity) => strings[`sev_${severity}`];
  return t;
}
