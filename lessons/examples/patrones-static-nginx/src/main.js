const services = [
  { name: 'orders-api', status: 'up' },
  { name: 'notes-api', status: 'up' },
  { name: 'greeter', status: 'degraded' },
]

document.querySelector('#app').innerHTML = `
  <h1>Status board</h1>
  <ul>
    ${services.map((s) => `<li>${s.name}: <strong>${s.status}</strong></li>`).join('')}
  </ul>
`
