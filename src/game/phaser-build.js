// A Phaser build with only what the game draws with: scenes, cameras, input, Graphics, Text, Image,
// Container, tweens and timers. Physics engines, tilemaps, particles, the loader's file types and
// the rest of the full bundle are left out, which takes about a third off the page's download.
// Vite points `import * as Phaser from 'phaser'` here (vite.config.ts); types still come from the
// phaser package. Each module below is Phaser's own source file.
import CONST from '../../node_modules/phaser/src/const.js';
import Cameras2D from '../../node_modules/phaser/src/cameras/2d/index.js';
import Core from '../../node_modules/phaser/src/core/index.js';
import GameClass from '../../node_modules/phaser/src/core/Game.js';
import DisplayList from '../../node_modules/phaser/src/gameobjects/DisplayList.js';
import GameObjectCreator from '../../node_modules/phaser/src/gameobjects/GameObjectCreator.js';
import GameObjectFactory from '../../node_modules/phaser/src/gameobjects/GameObjectFactory.js';
import UpdateList from '../../node_modules/phaser/src/gameobjects/UpdateList.js';
import GameObject from '../../node_modules/phaser/src/gameobjects/GameObject.js';
import GraphicsClass from '../../node_modules/phaser/src/gameobjects/graphics/Graphics.js';
import ImageClass from '../../node_modules/phaser/src/gameobjects/image/Image.js';
import TextClass from '../../node_modules/phaser/src/gameobjects/text/Text.js';
import ContainerClass from '../../node_modules/phaser/src/gameobjects/container/Container.js';
import '../../node_modules/phaser/src/gameobjects/graphics/GraphicsFactory.js';
import '../../node_modules/phaser/src/gameobjects/graphics/GraphicsCreator.js';
import '../../node_modules/phaser/src/gameobjects/image/ImageFactory.js';
import '../../node_modules/phaser/src/gameobjects/image/ImageCreator.js';
import '../../node_modules/phaser/src/gameobjects/text/TextFactory.js';
import '../../node_modules/phaser/src/gameobjects/text/TextCreator.js';
import '../../node_modules/phaser/src/gameobjects/container/ContainerFactory.js';
import '../../node_modules/phaser/src/gameobjects/container/ContainerCreator.js';
import InputModule from '../../node_modules/phaser/src/input/index.js';
import LoaderPlugin from '../../node_modules/phaser/src/loader/LoaderPlugin.js';
import '../../node_modules/phaser/src/loader/filetypes/ImageFile.js';
import Clamp from '../../node_modules/phaser/src/math/Clamp.js';
import Vector2Class from '../../node_modules/phaser/src/math/Vector2.js';
import PluginsModule from '../../node_modules/phaser/src/plugins/index.js';
import RendererModule from '../../node_modules/phaser/src/renderer/index.js';
import ScaleModule from '../../node_modules/phaser/src/scale/index.js';
import SceneClass from '../../node_modules/phaser/src/scene/Scene.js';
import ScenesModule from '../../node_modules/phaser/src/scene/index.js';
import TexturesModule from '../../node_modules/phaser/src/textures/index.js';
import TimeModule from '../../node_modules/phaser/src/time/index.js';
import TweensModule from '../../node_modules/phaser/src/tweens/index.js';
import TintModesModule from '../../node_modules/phaser/src/renderer/TintModes.js';
import FiltersModule from '../../node_modules/phaser/src/filters/index.js';
// Scene plugins the Game and every Scene expect to find registered.
import EventsModule from '../../node_modules/phaser/src/events/index.js';
import DataModule from '../../node_modules/phaser/src/data/index.js';

export const AUTO = CONST.AUTO;
export const CANVAS = CONST.CANVAS;
export const WEBGL = CONST.WEBGL;
export const HEADLESS = CONST.HEADLESS;
export const VERSION = CONST.VERSION;
export const Game = GameClass;
export const Scene = SceneClass;
export const Cameras = { Scene2D: Cameras2D };
export { Core };
export const GameObjects = {
  DisplayList, GameObjectCreator, GameObjectFactory, UpdateList, GameObject,
  Graphics: GraphicsClass, Image: ImageClass, Text: TextClass, Container: ContainerClass,
};
export const Input = InputModule;
export const Loader = { LoaderPlugin };
export const Math = { Clamp, Vector2: Vector2Class };
export const Plugins = PluginsModule;
export const Renderer = RendererModule;
export const Scale = ScaleModule;
export const Scenes = ScenesModule;
export const Textures = TexturesModule;
export const Time = TimeModule;
export const Tweens = TweensModule;
export const TintModes = TintModesModule;
export const Filters = FiltersModule;
export const Events = EventsModule;
export const Data = DataModule;
