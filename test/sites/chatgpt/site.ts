import type { FixtureSiteModule } from '../types';
import { chatgptBackend } from './backend';

export default {
  id: 'chatgpt',
  hosts: ['chatgpt.com', 'chat.openai.com'],
  createBackend: () => chatgptBackend(),
} satisfies FixtureSiteModule;
