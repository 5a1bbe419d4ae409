import { render } from 'preact';
import { Panel } from '@/components/panel/Panel';
import { uiDir, uiLang } from '@/components/ui/i18n';
import '@/components/card/card.css';
import '@/components/ui/ui.css';
import '@/components/panel/panel.css';

document.documentElement.lang = uiLang();
document.documentElement.dir = uiDir();
render(<Panel search={location.search} />, document.getElementById('app')!);
