// Type-aware lint. Layer rules here give fast feedback; dependency-cruiser (.dependency-cruiser.cjs)
// is the authoritative check in `npm run lint`.
import js from '@eslint/js';
import vitest from '@vitest/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const noElectronInCore = {
  paths: [
    {
      name: 'electron',
      message: 'electron/core, api và http chạy trong Node thuần: không import electron.',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': [
        'error',
        { 'ts-expect-error': 'allow-with-description' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['electron/core/**', 'electron/api/**', 'electron/http/**'],
    rules: { 'no-restricted-imports': ['error', noElectronInCore] },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'shared/ chạy cả trong trình duyệt và Node: không import electron.',
            },
          ],
          patterns: [
            { group: ['node:*'], message: 'shared/ phải thuần: không dùng module của Node.' },
            {
              group: ['**/electron/**', '**/renderer/**'],
              message: 'shared/ không phụ thuộc vào lớp khác.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'Giao diện chỉ gọi API qua renderer/src/api/client.ts.' },
          ],
          patterns: [
            {
              group: ['node:*'],
              message: 'Giao diện chạy trong trình duyệt: không dùng module của Node.',
            },
            {
              group: ['**/electron/**'],
              message: 'Giao diện chỉ biết shared/contract, không import electron/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**'],
    plugins: { vitest },
    rules: {
      'vitest/no-focused-tests': 'error',
      'vitest/no-disabled-tests': 'error',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
