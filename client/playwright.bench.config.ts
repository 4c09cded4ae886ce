import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/** The client benchmark: same stack and browser as the e2e tests, its own test folder, no JUnit output. */
export default defineConfig({
  ...base,
  testDir: './bench',
  testMatch: /.*\.bench\.ts/,
  reporter: [['list']],
  outputDir: '../artifacts/playwright-bench',
});
