import { createApp } from 'vue';
import { defineCapConsent } from 'cap-consent/element';
import App from './App.vue';

defineCapConsent(); // cap-consent/element registers nothing by itself
createApp(App).mount('#app');
