// The production dependencies' known vulnerabilities, for CI: `npm audit --omit=dev`, failing on
// any high or critical finding and naming each package. When the registry's audit service cannot
// be reached or refuses the request, no advisory could be checked: that is said in one line with
// the word SKIPPED and the run passes, so a registry outage does not block every change.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const BLOCKING = ['critical', 'high'];

// Failures of the network or of the registry, as npm reports them: not a verdict on our packages.
const UNREACHABLE =
  /^(E[45]\d\d|ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ESOCKETTIMEDOUT|EHOSTUNREACH|ENETUNREACH|ERR_SOCKET_TIMEOUT|UNABLE_TO_GET_ISSUER_CERT_LOCALLY|SELF_SIGNED_CERT_IN_CHAIN|CERT_HAS_EXPIRED)$/;

function parse(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Why npm could not get an answer from the registry, or undefined when the failure is something else. */
function unreachableReason(report, stderr) {
  if (report && typeof report.statusCode === 'number') {
    // npm's message is "<status> <text> - <method> <url>": the status says enough.
    const status = String(report.message ?? report.statusCode).split(' - ')[0];
    return `the registry's audit endpoint answered ${status}`;
  }
  const code = report?.error?.code ?? /\bcode (E[A-Z0-9_]+)/.exec(stderr)?.[1];
  if (code && UNREACHABLE.test(code)) return `the registry could not be reached (${code})`;
  if (/audit endpoint returned an error|network|socket hang up|getaddrinfo/i.test(stderr)) {
    const line = stderr.split('\n').find((l) => /npm (error|warn)/.test(l)) ?? stderr.trim().split('\n')[0];
    return `the registry's audit endpoint failed: ${line.replace(/^npm (error|warn)( audit)? /, '').split(' - ')[0]}`;
  }
  return undefined;
}

/** What fixes a finding, in a few words. */
function fixOf(finding) {
  const fix = finding.fixAvailable;
  if (fix === true) return 'fix: npm audit fix';
  if (fix && typeof fix === 'object') return `fix: ${fix.name}@${fix.version}${fix.isSemVerMajor ? ' (major version)' : ''}`;
  return 'no fix released yet';
}

function describe(finding) {
  const causes = (finding.via ?? []).map((v) => (typeof v === 'string' ? `through ${v}` : `${v.title ?? 'advisory'}${v.url ? ` <${v.url}>` : ''}`));
  return `  ${finding.severity.padEnd(8)} ${finding.name}@${finding.range ?? '*'}: ${[...new Set(causes)].join('; ')} (${fixOf(finding)})`;
}

/**
 * Judges one run of `npm audit --json`: the lines to print and the exit code. Exported so that the
 * rules can be tried on recorded answers.
 */
export function verdict({ stdout, stderr = '', status = 0, error } = {}) {
  if (error) {
    const reason = error.code === 'ETIMEDOUT' ? 'npm audit took too long (the registry did not answer)' : `npm could not be started (${error.message})`;
    return { code: error.code === 'ETIMEDOUT' ? 0 : 1, lines: [`npm audit ${error.code === 'ETIMEDOUT' ? 'SKIPPED' : 'FAILED'}: ${reason}.`] };
  }
  const report = parse(stdout);
  if (report?.vulnerabilities && report.metadata?.vulnerabilities) {
    const counts = report.metadata.vulnerabilities;
    const blocking = Object.values(report.vulnerabilities).filter((f) => BLOCKING.includes(f.severity));
    const summary = ['critical', 'high', 'moderate', 'low'].map((s) => `${counts[s] ?? 0} ${s}`).join(', ');
    if (blocking.length === 0) {
      return { code: 0, lines: [`npm audit: no high or critical vulnerability in the production dependencies (${summary}).`] };
    }
    blocking.sort((a, b) => BLOCKING.indexOf(a.severity) - BLOCKING.indexOf(b.severity) || a.name.localeCompare(b.name));
    return {
      code: 1,
      lines: [`npm audit FAILED: ${blocking.length} production package(s) with a high or critical vulnerability (${summary}):`, ...blocking.map(describe)],
    };
  }
  const unreachable = unreachableReason(report, stderr);
  if (unreachable) {
    return { code: 0, lines: [`npm audit SKIPPED: ${unreachable}, so no advisory was checked; run \`npm run audit\` where the registry answers.`] };
  }
  const detail = report?.error?.summary || report?.message || stderr.trim().split('\n').slice(-3).join(' ') || `exit ${status}`;
  return { code: 1, lines: [`npm audit FAILED to run: ${detail}`] };
}

function main() {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const run = spawnSync(npm, ['audit', '--omit=dev', '--json'], { cwd: root, encoding: 'utf8', timeout: 180_000, maxBuffer: 64 * 1024 * 1024 });
  const { code, lines } = verdict({ stdout: run.stdout, stderr: run.stderr, status: run.status, error: run.error });
  for (const line of lines) (code === 0 ? console.log : console.error)(line);
  process.exitCode = code;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
