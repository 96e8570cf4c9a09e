using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace ReportGen.Core.Schema;

/// <summary>
/// Reading and writing the model's properties through delegates bound to their getters and setters, made once per
/// property and shared by the loader (<see cref="Loading.DataText"/>, empty lists) and the templates' views.
/// </summary>
/// <remarks>
/// <see cref="PropertyInfo.GetValue(object)"/> compiles a stub per property on its second call: a one-meeting build
/// compiled 117 of them for getters alone, at every start. A delegate bound to the accessor needs no new code; only
/// a value type needs a boxing wrapper, compiled once per value type (int, decimal, DateOnly …), not per property.
/// A program compiled to native code (the linux-x64 package, <c>PublishAot</c>) cannot make a generic method over a
/// type found at run time: there it reads and writes through <see cref="PropertyInfo"/>, whose calls the compiler
/// made ahead of time (<see cref="BindsGenericAccessors"/>).
/// </remarks>
public static class PropertyAccess
{
    /// <summary>
    /// Whether accessors are bound as generic delegates (a JIT is there to compile them). The native-AOT publish sets
    /// the switch to false (ReportGen.Cli.csproj), and its compiler then drops the generic path with its warnings.
    /// </summary>
    [FeatureSwitchDefinition(GenericAccessorsSwitch)]
    [FeatureGuard(typeof(RequiresDynamicCodeAttribute))]
    [FeatureGuard(typeof(RequiresUnreferencedCodeAttribute))]
    private static bool BindsGenericAccessors { get; } =
        !AppContext.TryGetSwitch(GenericAccessorsSwitch, out var binds) || binds;

    private const string GenericAccessorsSwitch = "ReportGen.Core.Schema.PropertyAccess.BindsGenericAccessors";

    private static readonly ConcurrentDictionary<PropertyInfo, Func<object, object?>> Readers = new();
    private static readonly ConcurrentDictionary<PropertyInfo, Action<object, object?>> Writers = new();

    /// <summary>A reader of <paramref name="property"/> (readable, not an indexer) on objects of its type.</summary>
    public static Func<object, object?> Reader(PropertyInfo property) => Readers.GetOrAdd(property, static p =>
    {
        if (!BindsGenericAccessors)
        {
            return p.GetValue;
        }
        var make = p.PropertyType.IsValueType
            ? Generic(nameof(ValueReader)).MakeGenericMethod(p.DeclaringType!, p.PropertyType)
            : Generic(nameof(ReferenceReader)).MakeGenericMethod(p.DeclaringType!);
        return make.CreateDelegate<Func<MethodInfo, Func<object, object?>>>()(p.GetMethod!);
    });

    /// <summary>A writer of <paramref name="property"/> (of a reference type, with a setter).</summary>
    public static Action<object, object?> Writer(PropertyInfo property) => Writers.GetOrAdd(property, static p =>
    {
        if (p.PropertyType.IsValueType)
        {
            throw new ArgumentException($"{p.Name} holds a value type; only references are written through here.", nameof(property));
        }
        if (!BindsGenericAccessors)
        {
            return p.SetValue;
        }
        var make = Generic(nameof(ReferenceWriter)).MakeGenericMethod(p.DeclaringType!, p.PropertyType);
        return make.CreateDelegate<Func<MethodInfo, Action<object, object?>>>()(p.SetMethod!);
    });

    private static MethodInfo Generic(string name) => typeof(PropertyAccess).GetMethod(name, BindingFlags.NonPublic | BindingFlags.Static)!;

    // A getter returning a reference binds to a delegate returning object: no wrapper per value type.
    private static Func<object, object?> ReferenceReader<TSource>(MethodInfo getter)
    {
        var read = getter.CreateDelegate<Func<TSource, object?>>();
        return source => read((TSource)source);
    }

    private static Func<object, object?> ValueReader<TSource, TValue>(MethodInfo getter)
    {
        var read = getter.CreateDelegate<Func<TSource, TValue>>();
        return source => read((TSource)source);
    }

    private static Action<object, object?> ReferenceWriter<TSource, TValue>(MethodInfo setter)
    {
        var write = setter.CreateDelegate<Action<TSource, TValue>>();
        return (target, value) => write((TSource)target, (TValue)value!);
    }
}
