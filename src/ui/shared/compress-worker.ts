// The export's deflate thread: the popup's export posts each bundle file part's bytes here as they are written and
// this worker compresses them beside the serialisation (src/core/export/compress-service.ts says why).
import { defaultCompressor } from '../../core/export/compressor';
import { serveCompression, type CompressPort } from '../../core/export/compress-service';

serveCompression(self as unknown as CompressPort, defaultCompressor);
