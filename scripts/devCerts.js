/**
 * Can https://localhost:3000 be served with a certificate that this machine really trusts?
 *
 * `npm start` and `npm run dev-server` ask this before serving https. They only read: nothing here
 * creates, installs or deletes a certificate (office-addin-dev-certs' `getHttpsServerOptions` does, and on
 * a root Debian box without sudo it created files, failed to trust the CA with `sudo: not found`, and left
 * a certificate the browser refuses). When the answer is no, the caller prints `steps`: the exact commands
 * for this machine, and serves no https.
 *
 * Three parts, so that the decision can be tested without touching a trust store:
 *   readCertificates(dir)          the PEM files in ~/.office-addin-dev-certs (or what is missing)
 *   inspectCertificates(pem, now)  facts from their contents: dates, signed by the CA, key matches, localhost
 *   probeTrust(facts, machine)     does the system trust store hold the CA (platform-specific, read-only)
 *   decideHttps(input)             pure: serve, or the problem and the steps
 */
"use strict";

const crypto = require("node:crypto");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { execFileSync } = require("node:child_process");

/** Where office-addin-dev-certs keeps its files (its defaults.certificateDirectory). */
const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");
const FILES = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
/** The CA's common name office-addin-dev-certs gives it (its defaults.certificateName). */
const CA_NAME = "Developer CA for Microsoft Office Add-ins";
/** Certificates that expire within a day are treated as expired, as office-addin-dev-certs' verify does. */
const EXPIRY_MARGIN_MS = 24 * 60 * 60 * 1000;

/**
 * The system CA bundles of the Linux families, and where each takes an extra CA (the same places as
 * office-addin-dev-certs' install_linux.sh): a CA is trusted once it is in the bundle, i.e. after the
 * update command has run, not merely when the file was copied.
 */
const LINUX_STORES = [
  {
    family: "Debian, Ubuntu",
    requires: ["/usr/sbin/update-ca-certificates", "/usr/local/share/ca-certificates"],
    bundle: "/etc/ssl/certs/ca-certificates.crt",
    anchor: "/usr/local/share/ca-certificates/office-addin-dev-certs/ca.crt",
    update: "update-ca-certificates",
  },
  {
    family: "Fedora, RHEL",
    requires: ["/usr/bin/update-ca-trust", "/etc/pki/ca-trust/source/anchors"],
    bundle: "/etc/pki/tls/certs/ca-bundle.crt",
    anchor: "/etc/pki/ca-trust/source/anchors/office-addin-dev-certs-ca.crt",
    update: "update-ca-trust",
  },
  {
    family: "Arch",
    requires: ["/usr/bin/update-ca-trust", "/etc/ca-certificates/trust-source/anchors"],
    bundle: "/etc/ssl/certs/ca-certificates.crt",
    anchor: "/etc/ca-certificates/trust-source/anchors/office-addin-dev-certs-ca.crt",
    update: "update-ca-trust",
  },
];

/** The three PEM files, or the names of those that are missing. */
function readCertificates(dir = CERT_DIR) {
  const pem = {};
  const missing = [];
  for (const [name, file] of Object.entries(FILES)) {
    try {
      pem[name] = fs.readFileSync(path.join(dir, file), "utf8");
    } catch {
      missing.push(file);
    }
  }
  return { dir, pem, missing };
}

/** Facts from the files' contents at time `now` (ms). Pure. */
function inspectCertificates({ dir, pem, missing }, now) {
  if (missing.length) return { dir, missing };
  let ca;
  let cert;
  let key;
  try {
    ca = new crypto.X509Certificate(pem.ca);
    cert = new crypto.X509Certificate(pem.cert);
    key = crypto.createPrivateKey(pem.key);
  } catch (error) {
    return { dir, missing: [], unreadable: error.message };
  }
  const expired = (c) => Date.parse(c.validTo) - EXPIRY_MARGIN_MS < now;
  return {
    dir,
    missing: [],
    caFingerprint256: ca.fingerprint256,
    caThumbprint: ca.fingerprint.replace(/:/g, ""),
    caExpired: expired(ca),
    certExpired: expired(cert),
    certNotYetValid: Date.parse(cert.validFrom) > now,
    certValidTo: cert.validTo,
    forLocalhost: cert.checkHost("localhost") !== undefined,
    signedByCa: cert.checkIssued(ca) && cert.verify(ca.publicKey),
    keyMatches: cert.checkPrivateKey(key),
  };
}

/** Fingerprints (SHA-256) of every certificate in a PEM bundle. */
function bundleFingerprints(text) {
  const blocks = text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  const prints = new Set();
  for (const block of blocks) {
    try {
      prints.add(new crypto.X509Certificate(block).fingerprint256);
    } catch {
      // A bundle may hold entries Node cannot parse; they are not our CA.
    }
  }
  return prints;
}

/** The Linux trust store this machine uses (the first whose update command and folder exist), or null. */
function linuxStore(exists = fs.existsSync) {
  return LINUX_STORES.find((store) => store.requires.every((file) => exists(file))) ?? null;
}

const run = (file, args) => execFileSync(file, args, { stdio: "pipe", timeout: 20_000 }).toString();

/**
 * Whether the machine's trust store holds the CA: `{ trusted: true | false }`, or `{ trusted: null, detail }`
 * when it cannot be told (then nothing is served either). Read-only.
 */
function probeTrust(facts, machine) {
  const certFile = path.join(facts.dir, FILES.cert);
  try {
    switch (machine.platform) {
      case "linux": {
        const store = machine.linuxStore;
        if (!store) return { trusted: null, detail: "no update-ca-certificates or update-ca-trust found" };
        if (!fs.existsSync(store.bundle)) return { trusted: null, detail: `${store.bundle} does not exist` };
        const prints = bundleFingerprints(fs.readFileSync(store.bundle, "utf8"));
        return { trusted: prints.has(facts.caFingerprint256) };
      }
      case "darwin":
        // Evaluates the chain against the keychains' trust settings, as Safari and Office do.
        try {
          run("security", ["verify-cert", "-c", certFile, "-p", "ssl"]);
          return { trusted: true };
        } catch (error) {
          if (error.code === "ENOENT") throw error;
          return { trusted: false };
        }
      case "win32": {
        const script = `@(Get-ChildItem Cert:\\CurrentUser\\Root, Cert:\\LocalMachine\\Root | Where-Object Thumbprint -eq '${facts.caThumbprint}').Count`;
        const count = Number(run("powershell", ["-NoProfile", "-NonInteractive", "-Command", script]).trim());
        return { trusted: count > 0 };
      }
      default:
        return { trusted: null, detail: `no trust check for ${machine.platform}` };
    }
  } catch (error) {
    return { trusted: null, detail: error.message.split("\n")[0] };
  }
}

/** What the decision needs to know about this machine. */
function describeMachine() {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasSudo =
    process.platform !== "win32" &&
    (process.env.PATH ?? "")
      .split(path.delimiter)
      .some((dir) => dir && fs.existsSync(path.join(dir, "sudo")));
  return {
    platform: process.platform,
    isRoot,
    hasSudo,
    linuxStore: process.platform === "linux" ? linuxStore() : null,
  };
}

/** Why the files cannot be used, or null when they can. */
function fileProblem(facts) {
  if (facts.missing.length) return `${facts.missing.join(", ")} missing in ${facts.dir}`;
  if (facts.unreadable) return `the files in ${facts.dir} cannot be read (${facts.unreadable})`;
  if (facts.caExpired) return "the development CA has expired";
  if (facts.certExpired) return `the localhost certificate expired on ${facts.certValidTo}`;
  if (facts.certNotYetValid) return "the localhost certificate is not valid yet";
  if (!facts.forLocalhost) return "the certificate is not for localhost";
  if (!facts.signedByCa) return "localhost.crt is not signed by ca.crt";
  if (!facts.keyMatches) return "localhost.key does not belong to localhost.crt";
  return null;
}

/** The commands that trust the CA on Linux, as root, with sudo, or through su. */
function linuxTrustSteps(machine, dir) {
  const store = machine.linuxStore ?? LINUX_STORES[0];
  const commands = [
    `mkdir -p ${path.dirname(store.anchor)}`,
    `cp ${path.join(dir, FILES.ca)} ${store.anchor}`,
    store.update,
  ];
  if (machine.isRoot) return commands.map((c) => `  ${c}`);
  if (machine.hasSudo) return commands.map((c) => `  sudo ${c}`);
  return [`  su -c '${commands.join(" && ")}'`];
}

/**
 * Pure: serve https, or say why not and what to do.
 *   input.facts   from inspectCertificates
 *   input.trust   from probeTrust (ignored while the files themselves are unusable)
 *   input.machine { platform, isRoot, hasSudo, linuxStore }
 * Returns `{ serve: true }` or `{ serve: false, problem, steps: string[] }`.
 */
function decideHttps({ facts, trust, machine }) {
  const broken = fileProblem(facts);
  if (!broken && trust && trust.trusted === true) return { serve: true };
  const problem =
    broken ??
    (trust && trust.trusted === false
      ? `the development CA "${CA_NAME}" is not in this machine's trusted root certificates`
      : `whether the development CA is trusted cannot be told (${trust?.detail ?? "not checked"})`);

  const steps = [];
  const create = [
    "  npx office-addin-dev-certs install",
    "    (makes a new CA and localhost certificate in ~/.office-addin-dev-certs and trusts the CA;",
    "     it asks for your password)",
  ];
  if (machine.platform !== "linux") {
    steps.push(
      broken ? "Make and trust new development certificates:" : "Trust the development CA:",
      ...create,
    );
  } else {
    // On Linux the tool trusts the CA through `sudo`; without sudo (root on Debian) that step fails, so
    // the CA is trusted by hand.
    const toolCanTrust = machine.hasSudo;
    if (broken) {
      steps.push("Make new development certificates:");
      if (facts.missing.length < Object.keys(FILES).length) steps.push(`  rm -r ${facts.dir}`);
      steps.push(
        "  npx office-addin-dev-certs install",
        toolCanTrust
          ? "    (makes the CA and localhost certificate in ~/.office-addin-dev-certs and trusts the CA with sudo)"
          : "    (makes the files; its last step, trusting the CA with sudo, fails here: do it as below)",
      );
    }
    if (!broken || !toolCanTrust)
      steps.push("Trust the development CA in the system store:", ...linuxTrustSteps(machine, facts.dir));
    steps.push(
      "Browsers on Linux keep their own store: in Chrome or Chromium import ~/.office-addin-dev-certs/ca.crt",
      "  under Settings > Privacy and security > Security > Manage certificates > Authorities (or run",
      `  certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n "${CA_NAME}" -i ~/.office-addin-dev-certs/ca.crt);`,
      "  in Firefox under Settings > Privacy & Security > Certificates > View Certificates > Authorities.",
    );
  }
  steps.push("Then run the command again.");
  return { serve: false, problem, steps };
}

/** Reads, inspects, probes and decides: `{ serve, tls?, problem?, steps? }`, tls being { ca, cert, key }. */
function httpsReadiness({ dir = CERT_DIR, now = Date.now(), machine = describeMachine() } = {}) {
  const files = readCertificates(dir);
  const facts = inspectCertificates(files, now);
  const trust = fileProblem(facts) ? null : probeTrust(facts, machine);
  const decision = decideHttps({ facts, trust, machine });
  return decision.serve ? { ...decision, tls: files.pem } : decision;
}

module.exports = {
  CERT_DIR,
  CA_NAME,
  LINUX_STORES,
  readCertificates,
  inspectCertificates,
  bundleFingerprints,
  linuxStore,
  probeTrust,
  decideHttps,
  httpsReadiness,
};
