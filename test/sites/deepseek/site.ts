import type { FixtureSiteModule } from '../types';
import { deepseekBackend } from './backend';

export default {
  id: 'deepseek',
  hosts: ['chat.deepseek.com'],
  createBackend: () => deepseekBackend(),
} satisfies FixtureSiteModule;
