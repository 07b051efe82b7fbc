'use strict';
// The S3 test server of `oitgen publish`: s3rver (pinned in package.json) behind a check of each
// request's AWS Signature Version 4, as real S3 and its look-alikes (MinIO, R2, B2...) make it.
// s3rver 3.7.1 alone serves anonymous requests and takes any SigV4 signature of a known access
// key; this server answers those with S3's errors instead:
//   403 AccessDenied            no Authorization header (anonymous), or x-amz-* headers not signed
//   403 InvalidAccessKeyId      another access key
//   403 SignatureDoesNotMatch   a wrong signature (secret key, canonical request)
//   400 AuthorizationHeaderMalformed  another region or service than given, a malformed header
//   400 InvalidRequest          no x-amz-content-sha256 header (S3 requires it with SigV4)
//   400 XAmzContentSHA256Mismatch     x-amz-content-sha256 is not the SHA-256 of the body
//   403 RequestTimeTooSkewed    x-amz-date more than 15 minutes off
//   501 NotImplemented          presigned URLs, aws-chunked (STREAMING-...) bodies
// It reads each request's body whole before s3rver sees it, so that an upload broken off
// leaves no object behind (like S3; s3rver alone would keep the part it received).
//
// Usage: node s3-server.js --directory DIR --address 127.0.0.1 --port 4569 --bucket NAME
//          [--region us-east-1] [--access-key S3RVER] [--secret-key S3RVER]
// Requests are path-style: http://HOST:PORT/BUCKET/KEY.

const crypto = require('crypto');
const http = require('http');
const { Readable } = require('stream');
const S3rver = require('s3rver');

function parseArgs(argv) {
  const options = {
    directory: undefined,
    address: '127.0.0.1',
    port: 4569,
    bucket: undefined,
    region: 'us-east-1',
    'access-key': 'S3RVER',
    'secret-key': 'S3RVER',
  };
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i].replace(/^--/, '');
    if (!(name in options) || i + 1 >= argv.length) {
      throw new Error(`bad argument: ${argv[i]}`);
    }
    options[name] = argv[i + 1];
  }
  if (!options.directory || !options.bucket) {
    throw new Error('--directory and --bucket are required');
  }
  return options;
}


function log(message) {
  process.stdout.write(`${new Date().toISOString()} ${message}\n`);
}

function sha256Hex(data) {
  return crypto.createHash('sha256').update(data).digest('hex');
}

function hmac(key, data) {
  return crypto.createHmac('sha256', key).update(data).digest();
}

// RFC 3986 percent-encoding as SigV4 asks: all but A-Z a-z 0-9 - . _ ~ (and / in paths).
function uriEncode(text, keepSlash) {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const c = String.fromCharCode(byte);
    if (/[A-Za-z0-9\-._~]/.test(c) || (keepSlash && c === '/')) {
      out += c;
    } else {
      out += '%' + byte.toString(16).toUpperCase().padStart(2, '0');
    }
  }
  return out;
}

function decode(text) {
  try {
    return decodeURIComponent(text);
  } catch (err) {
    return text;
  }
}

class S3Failure extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

// The header of a request: every value of it, joined with ',' as SigV4 canonicalizes them.
function headerValues(req, name) {
  const values = [];
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    if (req.rawHeaders[i].toLowerCase() === name) {
      values.push(req.rawHeaders[i + 1].trim().replace(/\s+/g, ' '));
    }
  }
  return values.length ? values.join(',') : undefined;
}

function verify(req, body, options) {
  const [rawPath, rawQuery = ''] = req.url.split(/\?(.*)/s);
  const query = rawQuery
    .split('&')
    .filter(part => part !== '')
    .map(part => {
      const at = part.indexOf('=');
      return at < 0 ? [decode(part), ''] : [decode(part.slice(0, at)), decode(part.slice(at + 1))];
    });
  if (query.some(([name]) => name === 'X-Amz-Algorithm' || name === 'Signature')) {
    throw new S3Failure(501, 'NotImplemented', 'This test server does not take presigned URLs');
  }
  const authorization = req.headers.authorization;
  if (!authorization) {
    throw new S3Failure(403, 'AccessDenied', 'Access Denied (the request is not signed)');
  }
  const match = /^AWS4-HMAC-SHA256 +Credential=([^,]+), *SignedHeaders=([^,]+), *Signature=([0-9a-f]{64})$/.exec(
    authorization.trim(),
  );
  if (!match) {
    throw new S3Failure(
      400,
      'AuthorizationHeaderMalformed',
      'The authorization header is malformed; expected AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...',
    );
  }
  const [, credential, signedHeaderList, signature] = match;
  const [accessKey, day, region, service, terminator, ...rest] = credential.split('/');
  if (rest.length || terminator !== 'aws4_request' || !/^\d{8}$/.test(day || '')) {
    throw new S3Failure(400, 'AuthorizationHeaderMalformed', `The credential is malformed: ${credential}`);
  }
  if (accessKey !== options['access-key']) {
    throw new S3Failure(403, 'InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist in our records.');
  }
  if (region !== options.region) {
    throw new S3Failure(
      400,
      'AuthorizationHeaderMalformed',
      `The authorization header is malformed; the region '${region}' is wrong; expecting '${options.region}'`,
    );
  }
  if (service !== 's3') {
    throw new S3Failure(400, 'AuthorizationHeaderMalformed', `The service '${service}' is wrong; expecting 's3'`);
  }
  const amzDate = req.headers['x-amz-date'];
  if (!amzDate || !/^\d{8}T\d{6}Z$/.test(amzDate)) {
    throw new S3Failure(403, 'AccessDenied', 'AWS authentication requires a valid x-amz-date header');
  }
  if (amzDate.slice(0, 8) !== day) {
    throw new S3Failure(403, 'SignatureDoesNotMatch', 'The date of the credential scope is not the day of x-amz-date');
  }
  const time = Date.UTC(
    +amzDate.slice(0, 4), +amzDate.slice(4, 6) - 1, +amzDate.slice(6, 8),
    +amzDate.slice(9, 11), +amzDate.slice(11, 13), +amzDate.slice(13, 15),
  );
  if (Math.abs(Date.now() - time) > 15 * 60 * 1000) {
    throw new S3Failure(403, 'RequestTimeTooSkewed', 'The difference between the request time and the current time is too large.');
  }
  const payloadHash = req.headers['x-amz-content-sha256'];
  if (!payloadHash) {
    throw new S3Failure(400, 'InvalidRequest', 'Missing required header for this request: x-amz-content-sha256');
  }
  if (payloadHash.startsWith('STREAMING-')) {
    throw new S3Failure(501, 'NotImplemented', `This test server does not take ${payloadHash} bodies`);
  }
  if (payloadHash !== 'UNSIGNED-PAYLOAD') {
    if (!/^[0-9a-f]{64}$/.test(payloadHash)) {
      throw new S3Failure(400, 'InvalidArgument', 'x-amz-content-sha256 must be UNSIGNED-PAYLOAD or a SHA-256 in lowercase hex');
    }
    if (payloadHash !== sha256Hex(body)) {
      throw new S3Failure(400, 'XAmzContentSHA256Mismatch', "The provided 'x-amz-content-sha256' header does not match what was computed.");
    }
  }
  const signedHeaders = signedHeaderList.split(';');
  if (!signedHeaders.includes('host')) {
    throw new S3Failure(400, 'AuthorizationHeaderMalformed', 'The host header must be signed');
  }
  const unsigned = Object.keys(req.headers).filter(name => name.startsWith('x-amz-') && !signedHeaders.includes(name));
  if (unsigned.length) {
    throw new S3Failure(403, 'AccessDenied', `There were headers present in the request which were not signed: ${unsigned.join(', ')}`);
  }
  const canonicalHeaders = signedHeaders.map(name => `${name}:${headerValues(req, name) ?? ''}\n`).join('');
  const canonicalPath = rawPath.split('/').map(segment => uriEncode(decode(segment), false)).join('/');
  const canonicalQuery = query
    .map(([name, value]) => [uriEncode(name, false), uriEncode(value, false)])
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
  const canonicalRequest = [
    req.method, canonicalPath, canonicalQuery, canonicalHeaders, signedHeaderList, payloadHash,
  ].join('\n');
  const scope = `${day}/${region}/s3/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${options['secret-key']}`, day), region), 's3'), 'aws4_request');
  const expected = hmac(key, stringToSign).toString('hex');
  if (!crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(signature))) {
    log(`signature mismatch; the canonical request was:\n${canonicalRequest}\n--- end`);
    throw new S3Failure(
      403,
      'SignatureDoesNotMatch',
      'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
    );
  }
}

function xmlEscape(text) {
  return String(text).replace(/[<>&'"]/g, c => `&#${c.charCodeAt(0)};`);
}

function reject(req, res, failure) {
  log(`rejected ${req.method} ${req.url}: ${failure.status} ${failure.code}: ${failure.message}`);
  const xml =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<Error><Code>${failure.code}</Code><Message>${xmlEscape(failure.message)}</Message>` +
    `<RequestId>${crypto.randomBytes(8).toString('hex')}</RequestId></Error>`;
  res.writeHead(failure.status, {
    'Content-Type': 'application/xml',
    'Content-Length': Buffer.byteLength(xml),
    'x-amz-error-code': failure.code,
  });
  res.end(req.method === 'HEAD' ? undefined : xml);
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const app = new S3rver({
    directory: options.directory,
    configureBuckets: [{ name: options.bucket, configs: [] }],
    vhostBuckets: false,
    silent: false,
  });
  await app.configureBuckets();
  const handle = app.callback();

  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', chunk => chunks.push(chunk));
    req.on('error', () => {});
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      try {
        verify(req, body, options);
      } catch (failure) {
        if (!(failure instanceof S3Failure)) throw failure;
        reject(req, res, failure);
        return;
      }
      // s3rver reads the body from the request stream: give it one that holds the body read.
      const replay = new Readable({ read() {} });
      replay.push(body);
      replay.push(null);
      for (const property of ['headers', 'rawHeaders', 'trailers', 'rawTrailers', 'method', 'url',
        'httpVersion', 'httpVersionMajor', 'httpVersionMinor', 'socket', 'connection']) {
        replay[property] = req[property];
      }
      replay.complete = true;
      handle(replay, res);
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(Number(options.port), options.address, resolve);
  });
  log(`S3 test server (s3rver ${require('s3rver/package.json').version} with SigV4 checks) listening on ` +
    `http://${options.address}:${options.port}/${options.bucket}/, data in ${options.directory}`);
  for (const signal of ['SIGTERM', 'SIGINT']) {
    process.on(signal, () => process.exit(0));
  }
}

if (require.main === module) {
  main().catch(err => {
    log(`failed: ${err.stack || err}`);
    process.exit(1);
  });
}

module.exports = { verify, S3Failure };
