/**
 * Error messages: each error the user can act on says what to do, in Finnish, Swedish and English; and
 * the one error the host handles itself (undo grouping refused).
 */
import { errorMessage } from "../../src/app/messages";
import { EmulatedOfficeError, ErrorCode } from "../../src/emulator";
import { SitovaExcelError, excelHost } from "../../src/excel/host";
import type { Lang } from "../../src/domain";

const excelError = (code: string) => Object.assign(new Error(`${code} from Excel`), { code });
const LANGS: Lang[] = ["fi", "sv", "en"];

describe("messages for Excel's errors", () => {
  it.each([
    [
      "InvalidOperationInCellEditMode",
      /Lopeta solun muokkaus ja yritä uudelleen/,
      /Avsluta redigeringen/,
      /Finish editing the cell/,
    ],
    [
      "InactiveWorkbook",
      /Palaa tähän työkirjaan/,
      /Gå tillbaka till den här arbetsboken/,
      /Go back to this workbook/,
    ],
    [
      "AccessDenied",
      /vain luku -tilassa tai katselutilassa/,
      /skrivskyddad eller i visningsläge/,
      /read-only or in viewing mode/,
    ],
    ["RequestPayloadSizeLimitExceeded", /5 Mt/, /5 MB/, /5 MB/],
    ["ResponsePayloadSizeLimitExceeded", /5 Mt/, /5 MB/, /5 MB/],
  ])("%s says what to do in fi, sv and en", (code, fi, sv, en) => {
    const error = excelError(code);
    expect(errorMessage(error, "fi")).toMatch(fi);
    expect(errorMessage(error, "sv")).toMatch(sv);
    expect(errorMessage(error, "en")).toMatch(en);
    for (const lang of LANGS) expect(errorMessage(error, lang)).not.toMatch(/Odottamaton|Oväntat|Unexpected/);
  });

  it("works on the emulator's Office errors as on Excel's (by `code`)", () => {
    const error = new EmulatedOfficeError(ErrorCode.accessDenied);
    expect(errorMessage(error, "en")).toMatch(/read-only/);
  });

  it("keeps Sitova's own errors and calls anything else unexpected, with Excel's text", () => {
    expect(errorMessage(new SitovaExcelError("protected-sheet", ["Enn2"]), "fi")).toMatch(
      /suojattu \(Enn2\)/,
    );
    expect(errorMessage(excelError("GeneralException"), "fi")).toMatch(
      /Odottamaton virhe: GeneralException from Excel/,
    );
  });
});

describe("a run Excel cannot make one undo step", () => {
  it("runs again without undo grouping (each batch reads afresh), and other errors are Excel's", async () => {
    const calls: (Excel.RunOptions | undefined)[] = [];
    const fake = (async (...args: unknown[]) => {
      const options = args.length > 1 ? (args[0] as Excel.RunOptions) : undefined;
      calls.push(options);
      if (options?.mergeUndoGroup) throw Object.assign(new Error("undo"), { code: "UndoNotSupported" });
      return (args[args.length - 1] as () => Promise<string>)();
    }) as unknown as typeof Excel.run;
    const host = excelHost(fake, { mergedAreas: true, delayForCellEdit: true, mergeUndoGroup: true });
    await expect(host.run(() => Promise.resolve("done"))).resolves.toBe("done");
    expect(calls).toEqual([
      { delayForCellEdit: true, mergeUndoGroup: true },
      { delayForCellEdit: true, mergeUndoGroup: false },
    ]);
    const failing = excelHost(
      (async () => {
        throw Object.assign(new Error("busy"), { code: "InvalidOperationInCellEditMode" });
      }) as unknown as typeof Excel.run,
      { mergedAreas: true, mergeUndoGroup: true },
    );
    await expect(failing.run(() => Promise.resolve(1))).rejects.toMatchObject({
      code: "InvalidOperationInCellEditMode",
    });
  });
});
