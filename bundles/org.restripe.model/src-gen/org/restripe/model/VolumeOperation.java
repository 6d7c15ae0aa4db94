/**
 */
package org.restripe.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Volume Operation</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Long operation running on a volume.
 * <!-- end-model-doc -->
 * @see org.restripe.model.RestripePackage#getVolumeOperation()
 * @model
 * @generated
 */
public enum VolumeOperation implements Enumerator {
	/**
	 * The '<em><b>None</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NONE_VALUE
	 * @generated
	 * @ordered
	 */
	NONE(0, "none", "none"),

	/**
	 * The '<em><b>Reconstructing</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECONSTRUCTING_VALUE
	 * @generated
	 * @ordered
	 */
	RECONSTRUCTING(1, "reconstructing", "reconstructing"),

	/**
	 * The '<em><b>Reconstructing To Standby</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECONSTRUCTING_TO_STANDBY_VALUE
	 * @generated
	 * @ordered
	 */
	RECONSTRUCTING_TO_STANDBY(2, "reconstructingToStandby", "reconstructingToStandby"),

	/**
	 * The '<em><b>Copying From Standby</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COPYING_FROM_STANDBY_VALUE
	 * @generated
	 * @ordered
	 */
	COPYING_FROM_STANDBY(3, "copyingFromStandby", "copyingFromStandby"),

	/**
	 * The '<em><b>Copying To Standby</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COPYING_TO_STANDBY_VALUE
	 * @generated
	 * @ordered
	 */
	COPYING_TO_STANDBY(4, "copyingToStandby", "copyingToStandby"),

	/**
	 * The '<em><b>Initializing</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INITIALIZING_VALUE
	 * @generated
	 * @ordered
	 */
	INITIALIZING(5, "initializing", "initializing"),

	/**
	 * The '<em><b>Verifying</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VERIFYING_VALUE
	 * @generated
	 * @ordered
	 */
	VERIFYING(6, "verifying", "verifying");

	/**
	 * The '<em><b>None</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NONE
	 * @model name="none"
	 * @generated
	 * @ordered
	 */
	public static final int NONE_VALUE = 0;

	/**
	 * The '<em><b>Reconstructing</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECONSTRUCTING
	 * @model name="reconstructing"
	 * @generated
	 * @ordered
	 */
	public static final int RECONSTRUCTING_VALUE = 1;

	/**
	 * The '<em><b>Reconstructing To Standby</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECONSTRUCTING_TO_STANDBY
	 * @model name="reconstructingToStandby"
	 * @generated
	 * @ordered
	 */
	public static final int RECONSTRUCTING_TO_STANDBY_VALUE = 2;

	/**
	 * The '<em><b>Copying From Standby</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COPYING_FROM_STANDBY
	 * @model name="copyingFromStandby"
	 * @generated
	 * @ordered
	 */
	public static final int COPYING_FROM_STANDBY_VALUE = 3;

	/**
	 * The '<em><b>Copying To Standby</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COPYING_TO_STANDBY
	 * @model name="copyingToStandby"
	 * @generated
	 * @ordered
	 */
	public static final int COPYING_TO_STANDBY_VALUE = 4;

	/**
	 * The '<em><b>Initializing</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INITIALIZING
	 * @model name="initializing"
	 * @generated
	 * @ordered
	 */
	public static final int INITIALIZING_VALUE = 5;

	/**
	 * The '<em><b>Verifying</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VERIFYING
	 * @model name="verifying"
	 * @generated
	 * @ordered
	 */
	public static final int VERIFYING_VALUE = 6;

	/**
	 * An array of all the '<em><b>Volume Operation</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final VolumeOperation[] VALUES_ARRAY =
		new VolumeOperation[] {
			NONE,
			RECONSTRUCTING,
			RECONSTRUCTING_TO_STANDBY,
			COPYING_FROM_STANDBY,
			COPYING_TO_STANDBY,
			INITIALIZING,
			VERIFYING,
		};

	/**
	 * A public read-only list of all the '<em><b>Volume Operation</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<VolumeOperation> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Volume Operation</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static VolumeOperation get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			VolumeOperation result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Volume Operation</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static VolumeOperation getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			VolumeOperation result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Volume Operation</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static VolumeOperation get(int value) {
		switch (value) {
			case NONE_VALUE: return NONE;
			case RECONSTRUCTING_VALUE: return RECONSTRUCTING;
			case RECONSTRUCTING_TO_STANDBY_VALUE: return RECONSTRUCTING_TO_STANDBY;
			case COPYING_FROM_STANDBY_VALUE: return COPYING_FROM_STANDBY;
			case COPYING_TO_STANDBY_VALUE: return COPYING_TO_STANDBY;
			case INITIALIZING_VALUE: return INITIALIZING;
			case VERIFYING_VALUE: return VERIFYING;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private VolumeOperation(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //VolumeOperation
