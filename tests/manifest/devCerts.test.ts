/*
 * Sideloading: `npm start` and `npm run dev-server` serve https only with a valid development certificate
 * whose CA this machine really trusts, and otherwise print the exact steps. The decision is tested on
 * certificates made here in a temporary folder (with mkcert, the library office-addin-dev-certs uses) and
 * on a temporary CA bundle; no certificate is installed anywhere.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { createCA, createCert } from "mkcert";

const devCerts = require("../../scripts/devCerts.js");

const DAY = 24 * 60 * 60 * 1000;
const DEBIAN = devCerts.LINUX_STORES[0];

interface Machine {
  platform: string;
  isRoot: boolean;
  hasSudo: boolean;
  linuxStore: typeof DEBIAN | null;
}
const rootDebianWithoutSudo: Machine = {
  platform: "linux",
  isRoot: true,
  hasSudo: false,
  linuxStore: DEBIAN,
};

let dir = "";

async function writeCertificates(folder: string, { days = 30, domains = ["localhost", "127.0.0.1"] } = {}) {
  const ca = await createCA({
    organization: devCerts.CA_NAME,
    countryCode: "FI",
    state: "Uusimaa",
    locality: "Helsinki",
    validity: days,
  });
  const cert = await createCert({ ca, domains, validity: days });
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, "ca.crt"), ca.cert);
  fs.writeFileSync(path.join(folder, "localhost.crt"), cert.cert);
  fs.writeFileSync(path.join(folder, "localhost.key"), cert.key);
  return { ca, cert };
}

const facts = (folder: string, at = Date.now()) =>
  devCerts.inspectCertificates(devCerts.readCertificates(folder), at);

/** A system CA bundle with these folders' CAs: `with.pem` holds good's and other's, `without.pem` other's. */
function writeBundles() {
  const ca = (name: string) => fs.readFileSync(path.join(dir, name, "ca.crt"), "utf8");
  fs.writeFileSync(path.join(dir, "with.pem"), [ca("other"), ca("good")].join("\n"));
  fs.writeFileSync(path.join(dir, "without.pem"), ca("other"));
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "sitova-certs-"));
  await writeCertificates(path.join(dir, "good"));
  await writeCertificates(path.join(dir, "other"));
  writeBundles();
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("the development certificate's files", () => {
  it("are usable when the localhost certificate is for localhost, signed by the CA and matches its key", () => {
    expect(facts(path.join(dir, "good"))).toMatchObject({
      missing: [],
      caExpired: false,
      certExpired: false,
      forLocalhost: true,
      signedByCa: true,
      keyMatches: true,
    });
  });

  it("are not usable when missing, expired within a day, from another CA, or with another key", () => {
    expect(facts(path.join(dir, "none")).missing).toEqual(["ca.crt", "localhost.crt", "localhost.key"]);
    expect(facts(path.join(dir, "good"), Date.now() + 30 * DAY).certExpired).toBe(true);

    const other = path.join(dir, "other");
    const mixed = path.join(dir, "mixed");
    fs.mkdirSync(mixed);
    fs.copyFileSync(path.join(other, "ca.crt"), path.join(mixed, "ca.crt"));
    fs.copyFileSync(path.join(dir, "good", "localhost.crt"), path.join(mixed, "localhost.crt"));
    fs.copyFileSync(path.join(other, "localhost.key"), path.join(mixed, "localhost.key"));
    expect(facts(mixed)).toMatchObject({ signedByCa: false, keyMatches: false });

    const garbage = path.join(dir, "garbage");
    fs.mkdirSync(garbage);
    for (const file of ["ca.crt", "localhost.crt", "localhost.key"])
      fs.writeFileSync(path.join(garbage, file), "not a certificate");
    expect(facts(garbage).unreadable).toEqual(expect.any(String));
  });
});

describe("whether the CA is trusted (Linux: the system bundle)", () => {
  const linux = (bundle: string) => ({
    ...rootDebianWithoutSudo,
    linuxStore: { ...DEBIAN, bundle: path.join(dir, bundle) },
  });

  it("is trusted only once the CA is in the bundle (copied and update-ca-certificates run)", () => {
    const good = facts(path.join(dir, "good"));
    expect(devCerts.probeTrust(good, linux("without.pem"))).toEqual({ trusted: false });
    expect(devCerts.probeTrust(good, linux("with.pem"))).toEqual({ trusted: true });
    expect(devCerts.probeTrust(good, linux("no-bundle.pem"))).toEqual({
      trusted: null,
      detail: expect.stringContaining("does not exist"),
    });
    expect(devCerts.probeTrust(good, { ...rootDebianWithoutSudo, linuxStore: null }).trusted).toBeNull();
  });

  it("finds the machine's store by its update command and folder", () => {
    const exists = (files: string[]) => (file: string) => files.includes(file);
    expect(devCerts.linuxStore(exists(DEBIAN.requires))).toBe(DEBIAN);
    expect(devCerts.linuxStore(exists([DEBIAN.requires[0]]))).toBeNull();
    expect(devCerts.linuxStore(exists(devCerts.LINUX_STORES[1].requires)).family).toBe("Fedora, RHEL");
  });
});

describe("the decision to serve https", () => {
  const goodFacts = () => facts(path.join(dir, "good"));

  it("serves with valid files and a trusted CA", () => {
    expect(
      devCerts.decideHttps({ facts: goodFacts(), trust: { trusted: true }, machine: rootDebianWithoutSudo }),
    ).toEqual({
      serve: true,
    });
  });

  it("does not serve when the trust store cannot be read: not knowing is not trusting", () => {
    const decision = devCerts.decideHttps({
      facts: goodFacts(),
      trust: { trusted: null, detail: "powershell not found" },
      machine: { platform: "win32", isRoot: false, hasSudo: false, linuxStore: null },
    });
    expect(decision.serve).toBe(false);
    expect(decision.problem).toContain("powershell not found");
  });

  it("on a root Debian box without sudo (the reported case) prints commands that work there: no sudo", () => {
    const none = devCerts.decideHttps({
      facts: facts(path.join(dir, "none")),
      trust: null,
      machine: rootDebianWithoutSudo,
    });
    expect(none.serve).toBe(false);
    expect(none.problem).toMatch(/ca\.crt, localhost\.crt, localhost\.key missing/);
    expect(none.steps).toContain("  npx office-addin-dev-certs install");
    expect(none.steps).toContain("  update-ca-certificates");
    expect(none.steps).toContain(
      `  cp ${path.join(dir, "none", "ca.crt")} /usr/local/share/ca-certificates/office-addin-dev-certs/ca.crt`,
    );
    expect(none.steps.join("\n")).not.toMatch(/\bsudo (mkdir|cp|update)/);
    expect(none.steps.at(-1)).toBe("Then run the command again.");

    // Files made, CA not trusted (what the failed install left): only the trust steps, nothing made anew.
    const untrusted = devCerts.decideHttps({
      facts: goodFacts(),
      trust: { trusted: false },
      machine: rootDebianWithoutSudo,
    });
    expect(untrusted.problem).toMatch(/not in this machine's trusted root certificates/);
    expect(untrusted.steps).not.toContain("  npx office-addin-dev-certs install");
    expect(untrusted.steps).toContain("  update-ca-certificates");
  });

  it("uses sudo, or su without it, for a user who is not root", () => {
    const withSudo = devCerts.decideHttps({
      facts: goodFacts(),
      trust: { trusted: false },
      machine: { ...rootDebianWithoutSudo, isRoot: false, hasSudo: true },
    });
    expect(withSudo.steps).toContain("  sudo update-ca-certificates");
    const withoutSudo = devCerts.decideHttps({
      facts: goodFacts(),
      trust: { trusted: false },
      machine: { ...rootDebianWithoutSudo, isRoot: false, hasSudo: false },
    });
    expect(withoutSudo.steps.find((s: string) => s.startsWith("  su -c"))).toMatch(
      /update-ca-certificates'$/,
    );
  });

  it("removes half-made files before making new ones, and trusts with the tool where it has sudo", () => {
    const partial = path.join(dir, "partial");
    fs.mkdirSync(partial);
    fs.copyFileSync(path.join(dir, "good", "ca.crt"), path.join(partial, "ca.crt"));
    const decision = devCerts.decideHttps({
      facts: facts(partial),
      trust: null,
      machine: { ...rootDebianWithoutSudo, isRoot: false, hasSudo: true },
    });
    expect(decision.steps.slice(0, 3)).toEqual([
      "Make new development certificates:",
      `  rm -r ${partial}`,
      "  npx office-addin-dev-certs install",
    ]);
    expect(decision.steps.join("\n")).not.toContain("update-ca-certificates");
  });

  it("on Windows and macOS lets office-addin-dev-certs make and trust them", () => {
    for (const platform of ["win32", "darwin"]) {
      const decision = devCerts.decideHttps({
        facts: facts(path.join(dir, "good"), Date.now() + 30 * DAY),
        trust: null,
        machine: { platform, isRoot: false, hasSudo: platform === "darwin", linuxStore: null },
      });
      expect(decision.problem).toMatch(/expired/);
      expect(decision.steps).toEqual([
        "Make and trust new development certificates:",
        "  npx office-addin-dev-certs install",
        expect.stringContaining("~/.office-addin-dev-certs"),
        expect.stringContaining("password"),
        "Then run the command again.",
      ]);
    }
  });

  it("gives the files to serve only when it serves", () => {
    const untrusted = devCerts.httpsReadiness({
      dir: path.join(dir, "good"),
      machine: { ...rootDebianWithoutSudo, linuxStore: { ...DEBIAN, bundle: path.join(dir, "without.pem") } },
    });
    expect(untrusted).not.toHaveProperty("tls");
    const trusted = devCerts.httpsReadiness({
      dir: path.join(dir, "good"),
      machine: { ...rootDebianWithoutSudo, linuxStore: { ...DEBIAN, bundle: path.join(dir, "with.pem") } },
    });
    expect(trusted.serve).toBe(true);
    expect(trusted.tls.cert).toBe(fs.readFileSync(path.join(dir, "good", "localhost.crt"), "utf8"));
  });
});
