/** @jest-environment jsdom */
/**
 * Kokoa työkirjoista in the pane: the panel Kokoa työkirjoista opens beside Yhteenveto, files from the chooser and from a drop, the
 * open workbook as an option, progress and each file's outcome, Peruuta. A real session on the emulated
 * sample workbook; the files are the division fixtures (tests/fixtures/divisions).
 */
import "@testing-library/jest-dom";
import { act, fireEvent, screen, within } from "@testing-library/react";
import * as fs from "node:fs";
import * as path from "node:path";
import type { Combiner } from "../../src/app/combine";
import { FIXTURES } from "../support/paths";
import { openPopover, renderPane } from "./render";

const DIVISIONS = path.join(FIXTURES, "divisions");

function file(name: string, bytes?: Uint8Array): File {
  const content = bytes ?? fs.readFileSync(path.join(DIVISIONS, name));
  return new File([new Uint8Array(content)], name, {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
}

/** Resolves when the combiner's run has ended (done, cancelled or failed). */
function ended(combiner: Combiner): Promise<void> {
  return new Promise((resolve) => {
    const stop = combiner.subscribe((state) => {
      if (state.phase !== "done" && state.phase !== "cancelled" && state.phase !== "failed") return;
      stop();
      resolve();
    });
  });
}

/** Opens the combine view from beside Yhteenveto (behind Valinnat); focus lands on its heading. */
async function openDialog() {
  const pane = await renderPane();
  await openPopover(pane.user, "Valinnat");
  await pane.user.click(screen.getByRole("button", { name: "Kokoa työkirjoista" }));
  const dialog = screen.getByRole("region", { name: "Kokoa työkirjoista" });
  expect(dialog).toBeVisible();
  expect(within(dialog).getByRole("heading", { name: "Kokoa työkirjoista" })).toHaveFocus();
  // The options popover closed behind it; the findings view is hidden while the combine view is open.
  expect(screen.queryByRole("button", { name: "Yhteenveto" })).not.toBeInTheDocument();
  return { ...pane, dialog };
}

describe("Kokoa työkirjoista in the task pane", () => {
  it("takes files from the chooser and from a drop, combines them and names the sheet written", async () => {
    const { user, dialog, session, emulator } = await openDialog();
    const chooser = within(dialog).getByLabelText("Valitse tiedostot…");
    expect(chooser).toHaveAttribute("type", "file");
    expect(chooser).toHaveAttribute("multiple");
    await user.upload(chooser, [file("kasko-2023.xlsx"), file("kymp-2023.xlsx")]);
    fireEvent.drop(within(dialog).getByTestId("combine-drop"), {
      dataTransfer: {
        files: [file("SOTE_ennusteet_2023.xlsx"), file("rikki.xlsx", new Uint8Array([1, 2, 3]))],
      },
    });
    const list = within(dialog).getByRole("list", { name: "Kootaan" });
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((li) => li.firstElementChild?.firstElementChild?.textContent),
    ).toEqual(["kasko-2023.xlsx", "kymp-2023.xlsx", "SOTE_ennusteet_2023.xlsx", "rikki.xlsx"]);
    expect(within(list).getAllByText("odottaa")).toHaveLength(4);
    // A file can be taken off the list before combining.
    await user.click(within(list).getByRole("button", { name: "Poista rikki.xlsx" }));
    fireEvent.drop(within(dialog).getByTestId("combine-drop"), {
      dataTransfer: { files: [file("rikki.xlsx", new Uint8Array([1, 2, 3]))] },
    });

    const done = ended(session.combiner);
    await user.click(within(dialog).getByRole("button", { name: "Kokoa yhteenveto" }));
    await act(() => done);
    expect(
      within(dialog).getByText("Kaupungin yhteenveto kirjoitettiin välilehdelle Kaupungin yhteenveto."),
    ).toBeInTheDocument();
    expect(within(list).getByText(/ei luettavissa: ei ole \.xlsx-työkirja/)).toBeInTheDocument();
    expect(within(list).getAllByText(/^2 taulukkoa; /)).toHaveLength(3);
    expect(emulator.sheetNames()).toContain("Kaupungin yhteenveto");

    await user.click(within(dialog).getByRole("button", { name: "Sulje" }));
    expect(screen.queryByRole("region", { name: "Kokoa työkirjoista" })).not.toBeInTheDocument();
    // Back in the results; beside the button the last run's sheet is named.
    await openPopover(user, "Valinnat");
    const action = screen.getByRole("button", { name: "Kokoa työkirjoista" }).parentElement!;
    expect(
      within(action).getByText("Kaupungin yhteenveto kirjoitettiin välilehdelle Kaupungin yhteenveto."),
    ).toBeInTheDocument();
  });

  it("shows the progress per file, and Peruuta stops the run with nothing written", async () => {
    const { user, dialog, session, emulator } = await openDialog();
    const before = emulator.toSnapshot();
    await user.upload(within(dialog).getByLabelText("Valitse tiedostot…"), [
      file("kasko-2023.xlsx"),
      file("kymp-2023.xlsx"),
      file("SOTE_ennusteet_2023.xlsx"),
    ]);
    const progress: string[] = [];
    const stop = session.combiner.subscribe((state) => {
      if (state.current !== "kymp-2023.xlsx") return;
      // The second file is being read: the progress says so, and the user cancels.
      progress.push(screen.queryByRole("progressbar")?.getAttribute("aria-valuetext") ?? "");
      fireEvent.click(within(dialog).getByRole("button", { name: "Peruuta" }));
    });
    const done = ended(session.combiner);
    await user.click(within(dialog).getByRole("button", { name: "Kokoa yhteenveto" }));
    await act(() => done);
    stop();
    expect(progress[0]).toBe("Luetaan 1/3: kasko-2023.xlsx");
    expect(session.combiner.getState().phase).toBe("cancelled");
    expect(within(dialog).getByText("Peruutettu. Työkirjaan ei kirjoitettu mitään.")).toBeInTheDocument();
    expect(emulator.toSnapshot()).toEqual(before);
  });

  it("asks for a file first, and can include the open workbook alone", async () => {
    const { user, dialog, session, emulator } = await openDialog();
    await user.click(within(dialog).getByRole("button", { name: "Kokoa yhteenveto" }));
    expect(
      within(dialog).getByText("Valitse ainakin yksi tiedosto tai ota avoin työkirja mukaan."),
    ).toBeInTheDocument();
    expect(session.combiner.getState().phase).toBe("idle");
    await user.click(within(dialog).getByRole("checkbox", { name: "Ota mukaan myös avoin työkirja" }));
    const done = ended(session.combiner);
    await user.click(within(dialog).getByRole("button", { name: "Kokoa yhteenveto" }));
    await act(() => done);
    expect(within(dialog).getByText("kuva-2021-sample.xlsx")).toBeInTheDocument();
    expect(emulator.sheet("Kaupungin yhteenveto").values("A1:A1")).toEqual([
      ["Sitovien tavoitteiden ennusteiden yhteenveto"],
    ]);
  });

  it("opens and closes from the keyboard, and speaks Swedish", async () => {
    const { user, session } = await renderPane({ lang: "sv" });
    await openPopover(user, "Alternativ");
    screen.getByRole("button", { name: "Sammanställ arbetsböcker" }).focus();
    await user.keyboard("{Enter}");
    const panel = screen.getByRole("region", { name: "Sammanställ arbetsböcker" });
    expect(within(panel).getByRole("heading", { name: "Sammanställ arbetsböcker" })).toHaveFocus();
    expect(within(panel).getByText(/Stadens sammanställning/)).toBeInTheDocument();
    // The chooser's button opens the file chooser (the input, which is out of the tab order) with Enter.
    const chooser = within(panel).getByLabelText("Välj filer…");
    const opened = jest.fn();
    chooser.addEventListener("click", opened);
    within(panel).getByRole("button", { name: "Välj filer…" }).focus();
    await user.keyboard("{Enter}");
    expect(opened).toHaveBeenCalledTimes(1);
    within(panel).getByRole("button", { name: "Stäng" }).focus();
    await user.keyboard("{Enter}");
    expect(screen.queryByRole("region", { name: "Sammanställ arbetsböcker" })).not.toBeInTheDocument();
    expect(session.combiner.getState().phase).toBe("idle");
  });
});
