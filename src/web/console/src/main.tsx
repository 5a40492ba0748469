import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
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
        }}
      >
        <App />
      </ConfigProvider>
    </StrictMode>,
  );
}
