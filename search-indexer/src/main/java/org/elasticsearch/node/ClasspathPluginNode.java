package org.elasticsearch.node;

import org.elasticsearch.env.Environment;
import org.elasticsearch.plugins.ClasspathPluginsService;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.plugins.PluginsLoader;
import org.elasticsearch.plugins.PluginsService;

import java.util.Collection;
import java.util.List;

/**
 * A real Elasticsearch node whose plugins are classes on the class path (transport-netty4 for
 * HTTP, our analysis/root plugin). Sits in this package to reach the package-private
 * {@link NodeConstruction#prepareConstruction} and {@link NodeServiceProvider} hooks, the way
 * ES's test {@code MockNode} does.
 */
public class ClasspathPluginNode extends Node {

    public ClasspathPluginNode(Environment environment, Collection<Class<? extends Plugin>> pluginClasses) {
        super(NodeConstruction.prepareConstruction(environment, null, new ClasspathPlugins(List.copyOf(pluginClasses)), true));
    }

    private static final class ClasspathPlugins extends NodeServiceProvider {
        private final List<Class<? extends Plugin>> pluginClasses;

        ClasspathPlugins(List<Class<? extends Plugin>> pluginClasses) {
            this.pluginClasses = pluginClasses;
        }

        @Override
        PluginsService newPluginService(Environment environment, PluginsLoader ignoredNoBundlesOnDisk) {
            return new ClasspathPluginsService(environment, pluginClasses);
        }
    }
}
