/**
 */
package org.restripe.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Volume State</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Life cycle state of a volume: add makes it uninitialized, init unmounted, mount mounted.
 * <!-- end-model-doc -->
 * @see org.restripe.model.RestripePackage#getVolumeState()
 * @model
 * @generated
 */
public enum VolumeState implements Enumerator {
	/**
	 * The '<em><b>Uninitialized</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNINITIALIZED_VALUE
	 * @generated
	 * @ordered
	 */
	UNINITIALIZED(0, "uninitialized", "uninitialized"),

	/**
	 * The '<em><b>Unmounted</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNMOUNTED_VALUE
	 * @generated
	 * @ordered
	 */
	UNMOUNTED(1, "unmounted", "unmounted"),

	/**
	 * The '<em><b>Mounted</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MOUNTED_VALUE
	 * @generated
	 * @ordered
	 */
	MOUNTED(2, "mounted", "mounted"),

	/**
	 * The '<em><b>Deleted</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DELETED_VALUE
	 * @generated
	 * @ordered
	 */
	DELETED(3, "deleted", "deleted");

	/**
	 * The '<em><b>Uninitialized</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNINITIALIZED
	 * @model name="uninitialized"
	 * @generated
	 * @ordered
	 */
	public static final int UNINITIALIZED_VALUE = 0;

	/**
	 * The '<em><b>Unmounted</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNMOUNTED
	 * @model name="unmounted"
	 * @generated
	 * @ordered
	 */
	public static final int UNMOUNTED_VALUE = 1;

	/**
	 * The '<em><b>Mounted</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MOUNTED
	 * @model name="mounted"
	 * @generated
	 * @ordered
	 */
	public static final int MOUNTED_VALUE = 2;

	/**
	 * The '<em><b>Deleted</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DELETED
	 * @model name="deleted"
	 * @generated
	 * @ordered
	 */
	public static final int DELETED_VALUE = 3;

	/**
	 * An array of all the '<em><b>Volume State</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final VolumeState[] VALUES_ARRAY =
		new VolumeState[] {
			UNINITIALIZED,
			UNMOUNTED,
			MOUNTED,
			DELETED,
		};

	/**
	 * A public read-only list of all the '<em><b>Volume State</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<VolumeState> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Volume State</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static VolumeState get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			VolumeState result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Volume State</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static VolumeState getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			VolumeState result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Volume State</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static VolumeState get(int value) {
		switch (value) {
			case UNINITIALIZED_VALUE: return UNINITIALIZED;
			case UNMOUNTED_VALUE: return UNMOUNTED;
			case MOUNTED_VALUE: return MOUNTED;
			case DELETED_VALUE: return DELETED;
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
	private VolumeState(int value, String name, String literal) {
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
	
} //VolumeState
