import type { FixtureSiteModule } from '../types';
import { perplexityBackend } from './backend';

export default {
  id: 'perplexity',
  hosts: ['www.perplexity.ai', 'perplexity.ai'],
  createBackend: () => perplexityBackend(),
} satisfies FixtureSiteModule;
