import { defineLesson } from '../schema'

export default defineLesson({
  id: 'seguridad',
  title: {
    es: 'Seguridad: usuarios sin privilegios, bases mínimas y secretos',
    en: 'Security: unprivileged users, minimal bases and secrets',
  },
  summary: {
    es: 'Tu contenedor no debería correr como root, llevar herramientas que no usa ni guardar secretos en sus capas. Aprende a evitar las tres cosas sin complicarte la vida.',
    en: 'Your container should not run as root, carry tools it never uses or keep secrets in its layers. Learn to avoid all three without making your life harder.',
  },
  youWillLearn: {
    es: [
      'Cómo ejecutar tu aplicación con un usuario sin privilegios: creándolo en Alpine o Debian, o usando el que ya trae la imagen.',
      'Por qué conviene un UID numérico y cómo COPY --chown evita duplicar archivos en una capa nueva.',
      'Qué incluyen y qué no scratch, distroless, alpine y slim, y qué pierdes con cada una (shell, libc, depuración, certificados).',
      'Por qué un secreto en ARG, ENV o un archivo copiado se queda en la imagen aunque lo borres.',
      'Cómo usar secretos durante el build con RUN --mount=type=secret y docker build --secret.',
    ],
    en: [
      'How to run your application as an unprivileged user: creating it on Alpine or Debian, or using the one the image ships.',
      'Why a numeric UID is better and how COPY --chown avoids duplicating files in a new layer.',
      'What scratch, distroless, alpine and slim include and leave out, and what you give up with each (shell, libc, debugging, certificates).',
      'Why a secret in ARG, ENV or a copied file stays in the image even if you delete it.',
      'How to use secrets during the build with RUN --mount=type=secret and docker build --secret.',
    ],
  },
  estimatedMinutes: 14,
  exercises: ['non-root-user', 'distroless-runtime', 'build-secrets'],
})
