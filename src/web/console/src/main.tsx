// First: antd 5 was written for React 16–18; this patch gives its wave effect and static methods React 19's root.
import '@ant-design/v5-patch-for-react-19';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/es/locale/zh_CN';
import 'dayjs/locale/zh-cn';
import dayjs from 'dayjs';
import { App } from './App.tsx';

dayjs.locale('zh-cn');

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ConfigProvider
        locale={zhCN}
        theme={{
          // Darker secondary text than antd's default so that it meets WCAG AA contrast.
          token: {
            colorPrimary: '#a8071a',
            // links derive from colorInfo (#1677ff, 4.1:1 on white), below AA: use the primary red
            colorLink: '#a8071a',
            // field error text: antd's #ff4d4f is 3.3:1 on white
            colorError: '#cf1322',
            colorTextDescription: '#595959',
            colorTextSecondary: '#595959',
          },
          components: {
            // the picker's days of the months around the shown one (still clickable) are drawn in
            // colorTextDisabled, 1.6:1 on white: #767676 is 4.5:1
            DatePicker: { colorTextDisabled: '#767676' },
          },
        }}
      >
        {/* AntApp gives pages message/modal bound to this theme and locale (App.useApp). */}
        <AntApp>
          <App />
        </AntApp>
      </ConfigProvider>
    </StrictMode>,
  );
}
