// A web-test-runner reporter that counts tests (a file that failed to load counts as one
// failure) and writes {passed, failed} to $TEST_SUMMARY_FILE, or prints "N passed, N failed".
import { writeFileSync } from 'node:fs';

function countSuite(suite, counts) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else counts.failed++;
  }
  for (const child of suite?.suites ?? []) countSuite(child, counts);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0, failedFiles: [] };
      for (const session of sessions) {
        const before = counts.passed + counts.failed;
        countSuite(session.testResults, counts);
        const loadFailed = (session.errors?.length ?? 0) > 0 || (!session.passed && counts.passed + counts.failed === before);
        if (loadFailed) {
          counts.failed++;
          counts.failedFiles.push(session.testFile);
        }
      }
      this.counts = counts;
    },
    stop() {
      const counts = this.counts ?? { passed: 0, failed: 1, skipped: 0, failedFiles: ['(the run did not finish)'] };
      if (process.env.TEST_SUMMARY_FILE) writeFileSync(process.env.TEST_SUMMARY_FILE, JSON.stringify(counts));
      else console.log(`\n${counts.passed} passed, ${counts.failed} failed`);
    },
  };
}
