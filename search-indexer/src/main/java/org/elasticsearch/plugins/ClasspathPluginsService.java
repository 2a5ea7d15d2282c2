package org.elasticsearch.plugins;

import org.elasticsearch.Build;
import org.elasticsearch.action.admin.cluster.node.info.PluginsAndModules;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plugins service of the HocLieu dev node: loads plugin classes that are already on the class path
 * instead of scanning {@code modules/} and {@code plugins/} directories (the dev node runs from
 * Maven Central jars, there is no distribution layout). Lives in this package because
 * {@link LoadedPlugin} and {@link #loadPlugin} are package-private; same idea as ES's own test
 * {@code MockPluginsService}.
 */
public class ClasspathPluginsService extends PluginsService {

    private final List<LoadedPlugin> classpathPlugins;

    public ClasspathPluginsService(Environment environment, Collection<Class<? extends Plugin>> pluginClasses) {
        // an empty loader (package-private constructor: the public factory inspects the server's
        // module descriptor, which is null on the class path): the parent then loads no bundles
        super(environment.settings(), environment.configDir(), new PluginsLoader(Set.of(), Set.of(), Map.of()));
        this.classpathPlugins = pluginClasses.stream().map(c -> load(c, environment)).toList();
        loadExtensions(classpathPlugins);
    }

    private static LoadedPlugin load(Class<? extends Plugin> pluginClass, Environment environment) {
        Plugin plugin = loadPlugin(pluginClass, environment.settings(), environment.configDir());
        PluginDescriptor descriptor = new PluginDescriptor(
            pluginClass.getName(),
            "classpath plugin of the HocLieu dev node",
            Build.current().version(),
            Build.current().version(),
            Integer.toString(Runtime.version().feature()),
            pluginClass.getName(),
            null,
            List.of(),
            false,
            false,
            false,
            false,
            PluginDescriptor.DeploymentTarget.ALL
        );
        return new LoadedPlugin(descriptor, plugin, pluginClass.getClassLoader());
    }

    @Override
    protected final List<LoadedPlugin> plugins() {
        return classpathPlugins;
    }

    @Override
    public PluginsAndModules info() {
        return new PluginsAndModules(classpathPlugins.stream().map(p -> new PluginRuntimeInfo(p.descriptor())).toList(), List.of());
    }
}
