import { describe, expect, test } from 'vitest';
import {
  catalogue,
  classify,
  describe as describeEntry,
  type EntryId,
  getEntry,
  isPlainSuccess,
} from '../src/index.ts';
import { de } from '../src/locales/de.ts';

const statusUrl = 'https://upload.twitter.com/1.1/media/upload.json?command=STATUS&media_id=1';

/** A 200 STATUS response body (reference B.1) with the given `processing_info`. */
function statusBody(processingInfo: unknown): Record<string, unknown> {
  return { media_id: 1, media_id_string: '1', processing_info: processingInfo };
}

function failed(error?: unknown): Record<string, unknown> {
  return statusBody(
    error === undefined
      ? { state: 'failed', progress_percent: 12 }
      : { state: 'failed', progress_percent: 12, error },
  );
}

function classifyStatus(body: unknown) {
  return classify({ status: 200, body, method: 'GET', url: statusUrl });
}

describe('a failed media processing STATUS is not ok, though it is a 200', () => {
  const cases: readonly (readonly [string, EntryId, string, boolean])[] = [
    ['InvalidMedia', 'v1.1/media-invalid', 'invalid-request', false],
    ['UnsupportedMedia', 'v1.1/media-unsupported', 'invalid-request', false],
    ['InternalError', 'v1.1/media-internal-error', 'server-error', true],
  ];

  test.each(cases)('%s is %s', (name, id, kind, retryable) => {
    const error = { code: 1, name, message: 'Unsupported video format' };
    const c = classifyStatus(failed(error));
    expect(c).toMatchObject({
      ok: false,
      status: 200,
      dialect: 'v1.1',
      kind,
      retry: getEntry(id)?.retry,
      retryable,
      processed: true,
      partial: false,
      message: `200 ${kind} [${id}]: Unsupported video format`,
    });
    expect(c.entry?.id).toBe(id);
    expect(c.problems).toHaveLength(1);
    expect(c.problems[0]).toMatchObject({
      id,
      kind,
      code: 1,
      reason: name,
      message: 'Unsupported video format',
    });
    expect(c.problems[0]?.title).toBeUndefined();
  });

  test('the entries mean what the reference and the catalogue conventions say', () => {
    expect(getEntry('v1.1/media-invalid')).toMatchObject({ kind: 'invalid-request', retry: 'never' });
    expect(getEntry('v1.1/media-unsupported')).toMatchObject({ kind: 'invalid-request', retry: 'never' });
    expect(getEntry('v1.1/media-internal-error')).toMatchObject({ kind: 'server-error', retry: 'backoff' });
    for (const entry of catalogue.filter((each) => each.mediaError !== undefined)) {
      expect(entry.processed, entry.id).toBe(true);
      expect(entry.status, entry.id).toEqual([200]);
    }
  });

  test('the reference body, as text, pre-parsed and without a URL, classifies the same', () => {
    const text =
      '{"media_id":1,"media_id_string":"1","processing_info":{"state":"failed","progress_percent":12,"error":{"code":1,"name":"InvalidMedia","message":"Unsupported video format"}}}';
    const viaText = classify({ status: 200, body: text, url: statusUrl });
    expect(viaText.entry?.id).toBe('v1.1/media-invalid');
    expect(classify({ status: 200, body: JSON.parse(text), url: statusUrl })).toEqual(viaText);
    // The shape alone tells the dialect: only v1.1 puts processing_info at the top.
    const bare = classify({ status: 200, body: text });
    expect(bare).toMatchObject({ ok: false, dialect: 'v1.1', kind: 'invalid-request' });
    expect(bare.entry?.id).toBe('v1.1/media-invalid');
  });

  test('matched by name, never by message text or by code', () => {
    const internal = classifyStatus(failed({ code: 1, name: 'InternalError', message: 'Invalid media' }));
    expect(internal.entry?.id).toBe('v1.1/media-internal-error');
    // 88 is the v1.1 rate limit; a media error's code is not one of the API's error codes.
    const coded = classifyStatus(failed({ code: 88, name: 'InvalidMedia', message: 'Rate limit exceeded' }));
    expect(coded.entry?.id).toBe('v1.1/media-invalid');
    expect(coded.problems[0]?.code).toBe(88);
  });

  test('an unknown name, a missing name and a missing error fall back to the generic entry', () => {
    for (const body of [
      failed({ code: 2, name: 'InvalidDuration', message: 'Video too long' }),
      failed({ code: 1, message: 'Something failed' }),
      failed({ code: 1, name: 42 }),
      failed(),
      failed('InvalidMedia'),
    ]) {
      const c = classifyStatus(body);
      expect(c, JSON.stringify(body)).toMatchObject({
        ok: false,
        kind: 'unknown',
        retry: 'never',
        retryable: false,
        processed: true,
      });
      expect(c.entry?.id).toBe('v1.1/media-processing-failed');
      expect(c.problems).toHaveLength(1);
      expect(c.problems[0]?.id).toBe('v1.1/media-processing-failed');
    }
    const unknown = classifyStatus(failed({ code: 2, name: 'InvalidDuration', message: 'Video too long' }));
    expect(unknown.problems[0]).toMatchObject({
      code: 2,
      reason: 'InvalidDuration',
      message: 'Video too long',
    });
    expect(unknown.message).toBe('200 unknown [v1.1/media-processing-failed]: Video too long');
  });

  test('each media entry has English and German texts', () => {
    const c = classifyStatus(failed({ code: 1, name: 'InvalidMedia', message: 'Unsupported video format' }));
    expect(describeEntry(c).title).toBe('Invalid media');
    expect(describeEntry(c, { locale: de }).title).toBe('Ungültige Mediendatei');
  });
});

describe('media processing that has not failed is an ordinary success', () => {
  test.each(['pending', 'in_progress', 'succeeded'])('state %s is ok, with no problems', (state) => {
    const info =
      state === 'succeeded'
        ? { state, progress_percent: 100 }
        : { state, check_after_secs: 5, progress_percent: 12 };
    for (const body of [statusBody(info), JSON.stringify(statusBody(info))]) {
      const c = classifyStatus(body);
      expect(c).toMatchObject({ ok: true, kind: 'ok', partial: false, problems: [] });
      expect(c.entry?.id).toBe('v1.1/http-200');
    }
  });

  test('only the exact state `failed` fails, and only as an own field', () => {
    for (const info of [
      { state: 'FAILED' },
      { state: 'failure' },
      'failed',
      null,
      [],
      { error: { name: 'X' } },
    ]) {
      expect(classifyStatus(statusBody(info)).ok, JSON.stringify(info)).toBe(true);
    }
    const inherited = Object.create({ processing_info: { state: 'failed' } }) as Record<string, unknown>;
    inherited['media_id'] = 1;
    expect(classifyStatus(inherited).ok).toBe(true);
    const polluted = JSON.parse('{"__proto__":{"processing_info":{"state":"failed"}},"media_id":1}');
    expect(classifyStatus(polluted).ok).toBe(true);
  });

  test('a failure is read from objects that are not plain too', () => {
    const body = Object.assign(Object.create(null), failed({ code: 1, name: 'UnsupportedMedia' }));
    expect(classifyStatus(body).entry?.id).toBe('v1.1/media-unsupported');
  });

  test('v2 media responses, which nest processing_info in data, stay successes', () => {
    // The reference documents no v2 processing failure, so only v1.1's top-level shape is read.
    const pending = {
      data: {
        id: '1880028106020515840',
        media_key: '13_1880028106020515840',
        processing_info: { state: 'pending', check_after_secs: 1 },
      },
    };
    const url = 'https://api.x.com/2/media/upload?command=STATUS&media_id=1880028106020515840';
    expect(classify({ status: 200, body: pending, url })).toMatchObject({ ok: true, problems: [] });
    expect(isPlainSuccess(200, pending)).toBe(true);
  });

  test('an ordinary 200 is unaffected, and a STATUS body is never settled as plain', () => {
    const tweet = { created_at: 'Thu Jan 01 00:00:00 +0000 2026', id: 1, id_str: '1', text: 'hello' };
    expect(classify({ status: 200, body: tweet, dialect: 'v1.1' })).toMatchObject({
      ok: true,
      kind: 'ok',
      problems: [],
    });
    expect(isPlainSuccess(200, tweet)).toBe(true);
    // Adapters skip classify for plain successes: a STATUS body must reach it, failed or not.
    expect(isPlainSuccess(200, failed({ name: 'InvalidMedia' }))).toBe(false);
    expect(isPlainSuccess(200, statusBody({ state: 'succeeded' }))).toBe(false);
  });
});
