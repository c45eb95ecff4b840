// Placeholder until the options issue lands.
export {};
