// The export's read worker: reads batches of rows for the export worker and hands them on as one transferred buffer.
// The export replaces it after a few MB of rows, so what Chromium keeps of each finished read until a full collection
// goes with the worker (src/store/export-reader.ts says why).
import { serveReads, type ReadServerPort } from '../../store/api';

serveReads(self as unknown as ReadServerPort);
