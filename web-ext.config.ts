import { defineWebExtConfig } from 'wxt';

// The dev server must not try to open a browser on a headless machine.
export default defineWebExtConfig({ disabled: !process.env.DISPLAY });
