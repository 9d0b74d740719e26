import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js'

initAll()

// Warns before the session times out and lets the user stay signed in (WCAG 2.2 SC 2.2.1).
function sessionTimeout () {
  const body = document.body
  const timeout = Number(body.dataset.sessionTimeout)
  const warning = Number(body.dataset.sessionWarning)
  const dialog = document.getElementById('session-timeout')
  if (!timeout || !warning || !dialog || typeof dialog.showModal !== 'function') {
    return
  }
  const csrfHeader = document.querySelector('meta[name="csrf-header"]')
  const csrfToken = document.querySelector('meta[name="csrf-token"]')
  let warnTimer
  let endTimer

  function schedule () {
    clearTimeout(warnTimer)
    clearTimeout(endTimer)
    warnTimer = setTimeout(() => dialog.showModal(), Math.max(timeout - warning, 1) * 1000)
    endTimer = setTimeout(() => { window.location.href = '/signed-out?reason=timeout' }, timeout * 1000)
  }

  dialog.querySelector('[data-session-extend]').addEventListener('click', async () => {
    const headers = {}
    if (csrfHeader && csrfToken) {
      headers[csrfHeader.content] = csrfToken.content
    }
    const response = await fetch('/session/extend', { method: 'POST', headers, credentials: 'same-origin' })
    if (response.ok) {
      dialog.close()
      schedule()
    } else {
      window.location.href = '/signed-out?reason=timeout'
    }
  })

  schedule()
}

sessionTimeout()

// A button that prints the page (the print stylesheet leaves out the service's navigation and buttons).
document.querySelectorAll('[data-app-print]').forEach((button) => {
  button.hidden = false
  button.addEventListener('click', () => window.print())
})
