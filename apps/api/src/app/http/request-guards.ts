import type { ErrorRequestHandler, RequestHandler } from 'express';
import { config } from '../../kernel/config';
import { ErrorCode } from '../../kernel/errors';
import { documentNesting, jsonNesting } from '../../kernel/input-guard';
import { log } from '../../kernel/log';
import { documentErrorStatus, sendRequestFailure } from './graphql-response';
import { traceOf } from './request-log';

interface BodyParserError {
  type?: string;
  status?: number;
  charset?: string;
  encoding?: string;
}

const megabytes = (bytes: number) => `${Math.round(bytes / 100_000) / 10} MB`;

/** What the client did wrong, for the errors body-parser raises (each carries a 4xx `status`). */
function bodyProblem(err: BodyParserError): string {
  switch (err.type) {
    case 'entity.parse.failed':
      return 'The request body is not valid JSON';
    case 'entity.too.large':
      return `The request body is larger than ${megabytes(config.maxBodyBytes)}`;
    case 'charset.unsupported':
      return `The request body's charset "${String(err.charset).slice(0, 40)}" is not supported: send UTF-8`;
    case 'encoding.unsupported':
      return `The request body's content encoding "${String(err.encoding).slice(0, 40)}" is not supported`;
    default:
      return 'The request body could not be read';
  }
}

/**
 * Every error Express meets (a body that is not JSON, too large, in another charset) becomes
 * a GraphQL-format JSON answer with a code, in every environment: never Express's HTML page
 * with a stack. Anything that is not the client's mistake is logged once and is a bare 500.
 */
export const requestErrorHandler: ErrorRequestHandler = (err, req, res, next) => {
  if (res.headersSent) return next(err);
  const status = Number((err as BodyParserError)?.status);
  if (status >= 400 && status < 500) {
    sendRequestFailure(req, res, { status, message: bodyProblem(err) });
    return;
  }
  (traceOf(res)?.logger ?? log()).error({ err }, 'unexpected error');
  sendRequestFailure(req, res, { status: 500, message: 'Internal server error', code: ErrorCode.INTERNAL_SERVER_ERROR });
};

/** Any path but /graphql and the health checks. */
export const notFound: RequestHandler = (req, res) => {
  sendRequestFailure(req, res, { status: 404, message: 'Not found: the API answers POST /graphql', code: ErrorCode.NOT_FOUND });
};

function paramsOf(req: Parameters<RequestHandler>[0]): Record<string, unknown> {
  const source: unknown = req.method === 'GET' ? req.query : req.body;
  return source && typeof source === 'object' && !Array.isArray(source) ? (source as Record<string, unknown>) : {};
}

/**
 * Refuses a document, `variables` or `extensions` nested deeper than `config.maxNesting`
 * before Apollo parses, validates or walks them, each of which recurses per level.
 */
export function nestingGuard(maxTokens: number, maxNesting = config.maxNesting): RequestHandler {
  return (req, res, next) => {
    const params = paramsOf(req);
    if (typeof params.query === 'string' && documentNesting(params.query, maxNesting, maxTokens) > maxNesting) {
      const message = `This query nests too deeply (more than ${maxNesting} levels of braces, brackets and parentheses)`;
      sendRequestFailure(req, res, { status: documentErrorStatus(req), message });
      return;
    }
    for (const part of ['variables', 'extensions'] as const) {
      if (jsonNesting(params[part], maxNesting) > maxNesting) {
        sendRequestFailure(req, res, { status: 400, message: `The ${part} nest too deeply (more than ${maxNesting} levels)` });
        return;
      }
    }
    next();
  };
}
