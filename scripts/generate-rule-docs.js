// Writes docs/rules/<id>.md and docs/rules/README.md from the compiled rule modules (run `npm run docs`).
const fs = require("fs");
const path = require("path");
const { rules } = require("../lib/domain/rules");
const { renderRuleDoc, renderRuleIndex } = require("../lib/domain/ruleDocs");

const dir = path.join(__dirname, "..", "docs", "rules");
fs.mkdirSync(dir, { recursive: true });
for (const rule of rules) fs.writeFileSync(path.join(dir, `${rule.id}.md`), renderRuleDoc(rule));
fs.writeFileSync(path.join(dir, "README.md"), renderRuleIndex(rules));
console.log(`Wrote ${rules.length} rule docs to ${path.relative(process.cwd(), dir)}`);
