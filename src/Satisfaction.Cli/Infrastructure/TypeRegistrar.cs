using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Satisfaction.Core;
using Spectre.Console.Cli;

namespace Satisfaction.Cli.Infrastructure;

/// <summary>
/// Lets Spectre.Console.Cli build commands from the composition root's container. Building it checks every
/// setting (<c>ValidateOnStart</c>): a bad value is a user error naming its key, before any command runs.
/// </summary>
internal sealed class TypeRegistrar(IServiceCollection services) : ITypeRegistrar
{
    public ITypeResolver Build()
    {
        var provider = services.BuildServiceProvider();
        try
        {
            provider.GetService<IStartupValidator>()?.Validate();
        }
        catch (OptionsValidationException ex)
        {
            provider.Dispose();
            throw new InvalidInputException("configuration: " + string.Join(" ", ex.Failures));
        }
        catch (InvalidOperationException ex)
        {
            // Binding: "Failed to convert configuration value 'abc' at 'Rdd:ReplicateSize' to type 'System.Int32'."
            provider.Dispose();
            throw new InvalidInputException("configuration: " + ex.Message, ex);
        }

        return new TypeResolver(provider);
    }

    public void Register(Type service, Type implementation) => services.AddSingleton(service, implementation);

    public void RegisterInstance(Type service, object implementation) => services.AddSingleton(service, implementation);

    public void RegisterLazy(Type service, Func<object> factory) => services.AddSingleton(service, _ => factory());

    /// <summary>One scope for the one command a process runs: its store context and use cases live in it.</summary>
    private sealed class TypeResolver(ServiceProvider provider) : ITypeResolver, IDisposable
    {
        private readonly AsyncServiceScope _scope = provider.CreateAsyncScope();

        public object? Resolve(Type? type) => type is null ? null : _scope.ServiceProvider.GetService(type);

        public void Dispose()
        {
            _scope.DisposeAsync().AsTask().GetAwaiter().GetResult();
            provider.Dispose();
        }
    }
}
