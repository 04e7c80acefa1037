// The light build of bottleneck (no Redis clustering), which the Octokit plugins use too; it
// has the same API as the package's main entry but ships no declaration of its own.
declare module "bottleneck/light.js" {
  import Bottleneck from "bottleneck";
  export default Bottleneck;
}
