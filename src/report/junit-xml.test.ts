import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { escapeXml, junitXml } from './junit-xml.js';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'testsuite' || name === 'testcase' });
const nasty = 'a <b> & "c" \'d\' ]]> \u0001\u001f\ud800 é → 💳';

describe('junitXml', () => {
  it('writes valid XML with one suite per name, in first-seen order, and the counts', () => {
    const xml = junitXml('clientela verify', [
      { suite: 'app → Acme Loans', name: 'the genre domain', timeMs: 12 },
      { suite: 'app → Acme Cards', name: 'a token', failure: 'StatusMismatch: expected 200 but was 401\nsecond line' },
      { suite: 'app → Acme Loans', name: 'a customer' },
    ]);
    expect(XMLValidator.validate(xml)).toBe(true);
    const root = parser.parse(xml).testsuites;
    expect(root).toMatchObject({ name: 'clientela verify', tests: '3', failures: '1' });
    expect(root.testsuite.map((s: { name: string; tests: string; failures: string }) => [s.name, s.tests, s.failures])).toEqual([
      ['app → Acme Loans', '2', '0'],
      ['app → Acme Cards', '1', '1'],
    ]);
    const failed = root.testsuite[1].testcase[0];
    expect(failed.failure).toEqual({ message: 'StatusMismatch: expected 200 but was 401', '#text': 'StatusMismatch: expected 200 but was 401\nsecond line' });
    expect(root.testsuite[0].testcase[0]).toMatchObject({ classname: 'app → Acme Loans', name: 'the genre domain', time: '0.012' });
  });

  it('escapes markup and drops characters XML 1.0 cannot carry, in names, messages and bodies', () => {
    const xml = junitXml(nasty, [{ suite: nasty, name: nasty, failure: `${nasty}\n${nasty}` }]);
    expect(XMLValidator.validate(xml)).toBe(true);
    const testcase = parser.parse(xml).testsuites.testsuite[0].testcase[0];
    const kept = 'a <b> & "c" \'d\' ]]> \ufffd\ufffd\ufffd é → 💳';
    expect(testcase.name).toBe(kept);
    expect(testcase.failure.message).toBe(kept);
    expect(testcase.failure['#text']).toBe(`${kept}\n${kept}`);
  });

  it('keeps newlines in attributes as character references', () => {
    expect(escapeXml('a\nb\tc')).toBe('a&#10;b&#9;c');
    expect(escapeXml('a\nb', false)).toBe('a\nb');
  });

  it('writes an empty report as valid XML', () => {
    const xml = junitXml('clientela check', []);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parser.parse(xml).testsuites).toMatchObject({ tests: '0', failures: '0' });
  });
});
