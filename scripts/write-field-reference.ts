/**
 * `npm run docs:fields`: writes the front-matter field reference of
 * content/README.md from the profile schema's descriptions (a unit test fails
 * when the two differ), then formats it with Prettier.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fieldReference, withFieldReference } from '../src/lib/field-reference';

const path = 'content/README.md';
writeFileSync(path, withFieldReference(readFileSync(path, 'utf8'), fieldReference()));
execFileSync('npx', ['prettier', '--write', path], { stdio: 'inherit' });
