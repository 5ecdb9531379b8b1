import simpleRestProvider from 'ra-data-simple-rest';
import { type DataProvider, type fetchUtils, HttpError } from 'react-admin';
import { ApiError, request } from './client';

/**
 * ra-data-simple-rest's requests, sent through the API client. A failure reaches
 * react-admin as its own HttpError, with the client's readable message, the status (a 401
 * signs the person out through `authProvider.checkError`) and the body (a 400's field
 * errors, `body.errors`, go under the form's inputs).
 */
const httpClient = async (path: string, options: fetchUtils.Options = {}) => {
  const { method, body, headers, signal } = options;
  try {
    return await request(path, { method, body, headers, signal });
  } catch (error) {
    throw error instanceof ApiError
      ? new HttpError(error.message, error.status, error.body)
      : error;
  }
};

/**
 * react-admin's simple-rest dialect on /api (the client adds the prefix). `update` sends
 * the whole record as the form holds it, `version` included: the server uses it to refuse
 * a stale write with 409.
 */
export const dataProvider: DataProvider = simpleRestProvider('', httpClient);
