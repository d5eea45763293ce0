/** Every exercise by id. The CLI, the exercise pages and the gradebook find exercises here. */
import type { Exercise } from '../exercise-schema'
import buildSecrets from './build-secrets/exercise'
import cacheOrderNode from './cache-order-node/exercise'
import capstone from './capstone/exercise'
import cleanupSameLayer from './cleanup-same-layer/exercise'
import copyNotAdd from './copy-not-add/exercise'
import distrolessRuntime from './distroless-runtime/exercise'
import dockerignore from './dockerignore/exercise'
import entrypointCmd from './entrypoint-cmd/exercise'
import layersCombineRun from './layers-combine-run/exercise'
import multiTarget from './multi-target/exercise'
import multistageGo from './multistage-go/exercise'
import multistageNode from './multistage-node/exercise'
import nonRootUser from './non-root-user/exercise'
import rustDummyBuild from './rust-dummy-build/exercise'
import staticNginx from './static-nginx/exercise'

export const exercises: readonly Exercise[] = [multistageGo, cacheOrderNode, layersCombineRun, multistageNode, staticNginx, copyNotAdd, nonRootUser, entrypointCmd, distrolessRuntime, rustDummyBuild, buildSecrets, cleanupSameLayer, multiTarget, dockerignore, capstone]

export function findExercise(id: string): Exercise | undefined {
  return exercises.find((e) => e.id === id)
}
