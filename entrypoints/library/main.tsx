import { render } from 'preact';
import { Library } from '@/components/library/Library';
import { uiDir, uiLang } from '@/components/ui/i18n';
import '@/components/card/card.css';
import '@/components/ui/ui.css';
import '@/components/library/library.css';

document.documentElement.lang = uiLang();
document.documentElement.dir = uiDir();
render(<Library search={location.search} />, document.getElementById('app')!);
